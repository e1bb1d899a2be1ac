import CLibXML2

/// A parsed HTML or XML document (libxml2), freed when released. Reads only; never touches the network.
final class MarkupTree {
    let document: xmlDocPtr

    /// Parses HTML leniently, as browsers do: broken markup is repaired, never fatal.
    init?(html: String) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = html.withCString { pointer in
            htmlReadMemory(pointer, Int32(html.utf8.count), nil, "UTF-8", options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    /// Parses XML (feeds) without fetching external entities or DTDs.
    init?(xml: String) {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = xml.withCString { pointer in
            xmlReadMemory(pointer, Int32(xml.utf8.count), nil, "UTF-8", options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Helpers on libxml2 nodes.
extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Lower-cased local element name ("p", "item"); "" for text nodes.
    var elementName: String {
        guard pointee.type == XML_ELEMENT_NODE, let name = pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// Child nodes in order.
    var children: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    /// Child elements in order.
    var childElements: [xmlNodePtr] { children.filter(\.isElement) }

    /// An attribute's value, if present.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { vigil_xml_free(value) }
        return String(cString: value)
    }

    /// The raw text of a text node.
    var textContent: String {
        guard let content = xmlNodeGetContent(self) else { return "" }
        defer { vigil_xml_free(content) }
        return String(cString: content)
    }

    /// The first descendant element (depth-first) satisfying `predicate`.
    func firstDescendant(where predicate: (xmlNodePtr) -> Bool) -> xmlNodePtr? {
        for child in childElements {
            if predicate(child) { return child }
            if let found = child.firstDescendant(where: predicate) { return found }
        }
        return nil
    }

    /// Every descendant element satisfying `predicate`, depth-first.
    func descendants(where predicate: (xmlNodePtr) -> Bool) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        for child in childElements {
            if predicate(child) { found.append(child) }
            found.append(contentsOf: child.descendants(where: predicate))
        }
        return found
    }
}
