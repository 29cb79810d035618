package toy;

import dev.oxprops.runtime.codec.ValueCodec;
import java.math.BigDecimal;

/** A price in cents stored as PtypInteger64; no INSTANCE, so the generated code constructs one. */
public final class CentsCodec implements ValueCodec<BigDecimal, Long> {
    public CentsCodec() {}

    @Override
    public Long encode(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }

    @Override
    public BigDecimal decode(Long stored) {
        if (stored < 0) {
            throw new IllegalArgumentException("negative price " + stored);
        }
        return BigDecimal.valueOf(stored, 2);
    }
}
