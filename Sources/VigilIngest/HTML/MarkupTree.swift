import CLibXML2
import Foundation

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

    /// Where XML stopped being well-formed ("line 12: Detected an entity reference loop"), or nil.
    private(set) var breakage: String?

    /// Parses XML (feeds) without fetching external entities or DTDs and without substituting
    /// entities (see ``text(entityBudget:)``); recovers from errors, remembering the first.
    init?(xml: String) {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        let parsed: xmlDocPtr? = xml.withCString { pointer in
            xmlCtxtReadMemory(context, pointer, Int32(xml.utf8.count), nil, "UTF-8", options)
        }
        guard let parsed else { return nil }
        document = parsed
        if context.pointee.wellFormed == 0 {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "malformed XML"
            breakage = "line \(error.line): \(message)"
        }
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

    /// The text of the node and its descendants, as `xmlNodeGetContent` gives it, except that the
    /// text of a declared entity counts against `budget` (UTF-8 bytes) every time it is referenced:
    /// nil when the budget runs out (a feed repeating a 100 KB entity 50,000 times took 9 GB).
    func text(entityBudget budget: inout Int) -> String? {
        var result = ""
        return appendText(to: &result, budget: &budget, insideEntity: false) ? result : nil
    }

    private func appendText(to result: inout String, budget: inout Int, insideEntity: Bool) -> Bool {
        var child = pointee.children
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let text = String(cString: content)
                    if insideEntity {
                        budget -= text.utf8.count
                        if budget < 0 { return false }
                    }
                    result += text
                }
            case XML_ENTITY_REF_NODE:
                // The reference's child is the entity's declaration, whose children are its parsed text.
                if let declaration = node.pointee.children,
                    !declaration.appendText(to: &result, budget: &budget, insideEntity: true)
                {
                    return false
                }
            case XML_ELEMENT_NODE:
                if !node.appendText(to: &result, budget: &budget, insideEntity: insideEntity) { return false }
            default:
                break
            }
            child = node.pointee.next
        }
        return true
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
