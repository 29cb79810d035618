package dev.oxprops.backend.ews;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.testkit.BagBackend;
import dev.oxprops.testkit.BagTestKit;
import dev.oxprops.testkit.Limitation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The test kit on the EWS Managed API: a bag written onto an {@code EmailMessage}'s extended properties and read back.
 * The API 2.0 cannot set an empty string nor any binary value (EwsItemsTest), declared as limitations; values it
 * would set to null (PtypInteger16, PtypInteger64, PtypFloating64) are refused by name.
 */
class EwsConformanceTest {
    @TestFactory
    Stream<DynamicNode> roundTrip() {
        return BagTestKit.roundTrip(BagBackend.of("ews", InMemoryPropertyBag::new, bag -> {
            List<PropertyId> ids = new ArrayList<>();
            bag.forEach((id, type, value) -> ids.add(id));
            try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
                EmailMessage m = new EmailMessage(service);
                EwsItems.write(bag, ids, m);
                return EwsItems.read(m).bag();
            }
        }, Limitation.NO_EMPTY_VALUES, Limitation.NO_BINARY_VALUES));
    }
}
