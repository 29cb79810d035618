package dev.oxprops.backend.ews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A local stand-in for an Exchange server's EWS endpoint that replays recorded SOAP responses: GetItem with the
 * recorded item, UpdateItem with its recorded answer, anything else a SOAP fault. Shapes: the EWS reference's
 * "GetItem operation (email message)" and "UpdateItem operation" examples (envelope, ServerVersionInfo header,
 * ResponseMessages), "ExtendedProperty" and "ExtendedFieldURI" for the properties.
 */
final class EwsReplay extends Dispatcher {
    static final String PATH = "/EWS/Exchange.asmx";

    private final String getItem;
    private final String updateItem;

    EwsReplay(String getItemResource, String updateItemResource) {
        this.getItem = resource(getItemResource);
        this.updateItem = resource(updateItemResource);
    }

    static String resource(String name) {
        try (InputStream in = EwsReplay.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!request.getMethod().equals("POST") || !PATH.equals(request.getUrl().encodedPath())) {
            return new MockResponse.Builder().code(404).build();
        }
        Document body = soap(request);
        String operation = operation(body);
        if (operation.equals("GetItem")) {
            return xml(200, getItem);
        }
        if (operation.equals("UpdateItem")) {
            return xml(200, updateItem);
        }
        return xml(500, "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>not replayed: " + operation
                + "</faultstring></s:Fault></s:Body></s:Envelope>");
    }

    /** The SOAP request, parsed. */
    static Document soap(RecordedRequest request) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(request.getBody().toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException("the client sent no SOAP: " + e, e);
        }
    }

    /** The local name of the operation element in the SOAP body. */
    static String operation(Document soap) {
        NodeList bodies = soap.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body");
        for (org.w3c.dom.Node n = bodies.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return n.getLocalName();
            }
        }
        return "";
    }

    /** Every element of the types namespace with this local name. */
    static List<Element> types(Document doc, String local) {
        List<Element> out = new ArrayList<>();
        NodeList l = doc.getElementsByTagNameNS(EwsXml.TYPES, local);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static MockResponse xml(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/xml; charset=utf-8").body(body).build();
    }
}
