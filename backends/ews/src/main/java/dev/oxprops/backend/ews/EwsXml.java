package dev.oxprops.backend.ews;

import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphPropertyBag;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.backend.graph.GraphType;
import dev.oxprops.backend.graph.GraphValues;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * EWS extended properties as SOAP XML, with the JDK's XML parser alone (no EWS Java API needed): reads the
 * {@code ExtendedProperty} elements of a saved {@code GetItem} response, and writes the {@code CreateItem}
 * request that creates a message with a bag's properties. Element shapes: the EWS reference pages
 * "ExtendedProperty", "ExtendedFieldURI", "Value (ExtendedPropertyType)", "Values", "GetItem operation (email
 * message)" and "CreateItem operation (email message)". Values have the same text as Graph's
 * ({@link GraphValues}).
 */
public final class EwsXml {
    /** The namespace of EWS types ({@code t:}). */
    public static final String TYPES = "http://schemas.microsoft.com/exchange/services/2006/types";
    /** The namespace of EWS messages ({@code m:}). */
    public static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    private EwsXml() {}

    /**
     * Reads the extended properties of the first item of a {@code GetItem} response (or of any document whose
     * first EWS item holds {@code t:ExtendedProperty} children). What cannot be read is listed, not thrown.
     *
     * @throws EwsFormatException when the document is not XML, has a DOCTYPE, or holds no EWS item
     * @throws IOException when reading fails
     */
    public static GraphJson.ReadResult read(InputStream in) throws IOException {
        Document doc = parse(in);
        Element item = firstItem(doc);
        if (item == null) {
            String code = text(doc, MESSAGES, "ResponseCode");
            throw new EwsFormatException("no EWS item in the document" + (code == null ? "" : " (ResponseCode " + code + ")"));
        }
        GraphPropertyBag bag = new GraphPropertyBag();
        List<ReadProblem> problems = new ArrayList<>();
        Map<PropertyId, String> first = new HashMap<>();
        int i = 0;
        for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!isTypes(n, "ExtendedProperty")) {
                continue;
            }
            String where = "ExtendedProperty[" + i++ + "]";
            readOne((Element) n, where, bag, first, problems);
        }
        return new GraphJson.ReadResult(bag, problems);
    }

    /** A value that cannot be read, as EWS names it ({@code shown}, may be empty): skipped. */
    static ReadProblem unreadable(String where, String shown, Exception e) {
        return new ReadProblem(ReadProblem.Kind.MALFORMED_VALUE, where, null,
                (shown.isEmpty() ? "" : shown + ": ") + e.getMessage() + "; skipped");
    }

    /** A second value of a property: skipped, the first kept. */
    static ReadProblem duplicate(String where, PropertyId id, String first) {
        return new ReadProblem(ReadProblem.Kind.DUPLICATE, where, id, "a second value of " + id + " (the first, at "
                + first + ", is kept); skipped");
    }

    private static void readOne(Element e, String where, GraphPropertyBag bag, Map<PropertyId, String> first,
            List<ReadProblem> problems) {
        Element uri = child(e, "ExtendedFieldURI");
        String shown = uri == null ? "" : describe(uri);
        try {
            if (uri == null) {
                throw new EwsFormatException("no ExtendedFieldURI");
            }
            GraphPropertyId id = EwsFieldUri.parse(a -> uri.hasAttribute(a) ? uri.getAttribute(a) : null);
            if (first.containsKey(id.property())) {
                problems.add(duplicate(where, id.property(), first.get(id.property())));
                return;
            }
            Element value = child(e, "Value");
            Element values = child(e, "Values");
            Object v;
            if (id.type().isArray()) {
                if (values == null) {
                    throw new EwsFormatException(id.type().graphName() + " needs Values");
                }
                List<Object> list = new ArrayList<>();
                for (Node c = values.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (isTypes(c, "Value")) {
                        list.add(GraphValues.decode(id.type(), c.getTextContent()));
                    }
                }
                v = List.copyOf(list);
            } else {
                if (value == null) {
                    throw new EwsFormatException(id.type().graphName() + " needs Value");
                }
                v = GraphValues.decode(id.type(), value.getTextContent());
            }
            bag.put(id.property(), id.type().mapiType(), v);
            first.put(id.property(), where);
        } catch (EwsFormatException | MalformedValueException e2) {
            problems.add(unreadable(where, shown, e2));
        }
    }

    /**
     * The SOAP request that creates (saves in Drafts) a message carrying every property of {@code bag} EWS
     * can carry, as {@code t:ExtendedProperty} elements sorted by id.
     *
     * @throws EwsFormatException naming each property that cannot be written (not carried, or a value of the
     *     wrong class)
     */
    public static String createItemRequest(PropertyBag bag) {
        TreeMap<String, String> props = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            try {
                GraphPropertyId gid = EwsFieldUri.idOf(id, type);
                props.put(gid.format(), extendedProperty(id, type, gid.type(), value));
            } catch (UnsupportedOperationException | MalformedValueException e) {
                problems.add(id + ": " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new EwsFormatException("cannot write through EWS: " + String.join("; ", problems));
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<soap:Envelope xmlns:soap=\"").append(SOAP).append("\" xmlns:t=\"").append(TYPES)
                .append("\" xmlns:m=\"").append(MESSAGES).append("\">\n")
                .append("  <soap:Header>\n    <t:RequestServerVersion Version=\"Exchange2010_SP2\"/>\n  </soap:Header>\n")
                .append("  <soap:Body>\n    <m:CreateItem MessageDisposition=\"SaveOnly\">\n")
                .append("      <m:SavedItemFolderId><t:DistinguishedFolderId Id=\"drafts\"/></m:SavedItemFolderId>\n")
                .append("      <m:Items>\n        <t:Message>\n");
        props.values().forEach(p -> b.append("          ").append(p).append('\n'));
        return b.append("        </t:Message>\n      </m:Items>\n    </m:CreateItem>\n  </soap:Body>\n</soap:Envelope>\n")
                .toString();
    }

    /**
     * The {@code t:ExtendedProperty} element of one property ({@code t:} bound to {@link #TYPES}).
     *
     * @throws dev.oxprops.runtime.PropertyNotCarriedException when EWS cannot carry it
     * @throws MalformedValueException when the value is not of the class its type is held as
     */
    public static String extendedProperty(PropertyId id, dev.oxprops.annotations.MapiType type, GraphType gt, Object value) {
        StringBuilder b = new StringBuilder("<t:ExtendedProperty><t:ExtendedFieldURI");
        EwsFieldUri.attributes(id, type).forEach((k, v) -> b.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        b.append("/>");
        if (gt.isArray()) {
            if (!(value instanceof List)) {
                throw new MalformedValueException(null, "a " + gt.graphName() + " value is held as a List, not "
                        + MapiValues.describeStored(type, value), null);
            }
            b.append("<t:Values>");
            GraphValues.encodeAll(gt, (List<?>) value).forEach(v -> b.append("<t:Value>").append(escape(v)).append("</t:Value>"));
            b.append("</t:Values>");
        } else {
            b.append("<t:Value>").append(escape(GraphValues.encode(gt, value))).append("</t:Value>");
        }
        return b.append("</t:ExtendedProperty>").toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                case '\r': b.append("&#13;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(null);
            return db.parse(in);
        } catch (SAXException e) {
            throw new EwsFormatException("not XML (or with a DOCTYPE, refused): " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safe configuration", e);
        }
    }

    /** The first element in the types namespace that has ExtendedProperty or ItemId children (an item). */
    private static Element firstItem(Document doc) {
        NodeList uris = doc.getElementsByTagNameNS(TYPES, "ItemId");
        if (uris.getLength() > 0) {
            return (Element) uris.item(0).getParentNode();
        }
        NodeList props = doc.getElementsByTagNameNS(TYPES, "ExtendedProperty");
        return props.getLength() == 0 ? null : (Element) props.item(0).getParentNode();
    }

    private static String text(Document doc, String ns, String local) {
        NodeList l = doc.getElementsByTagNameNS(ns, local);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    private static boolean isTypes(Node n, String local) {
        return n.getNodeType() == Node.ELEMENT_NODE && TYPES.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    private static Element child(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isTypes(n, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String describe(Element uri) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < uri.getAttributes().getLength(); i++) {
            Node a = uri.getAttributes().item(i);
            b.append(i == 0 ? "" : " ").append(a.getNodeName()).append("=\"").append(a.getNodeValue()).append('"');
        }
        return b.toString();
    }
}
