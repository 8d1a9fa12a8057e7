package com.regionops.platform.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The small parts of a workbook besides its sheets: the sheet list and the shared strings. */
final class WorkbookXml {

  static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A sheet as workbook.xml lists it. */
  record SheetEntry(String name, String relationshipId) {
  }

  /** What workbook.xml says: its sheets in order and the date system. */
  record Contents(List<SheetEntry> sheets, boolean date1904) {
  }

  private WorkbookXml() {
  }

  /**
   * Reads workbook.xml; a core part that is no SpreadsheetML workbook (a Word or PowerPoint file,
   * any other XML) fails as POI's usermodel would fail to load it.
   */
  static Contents workbook(PackagePart part) throws IOException, SAXException {
    List<SheetEntry> sheets = new ArrayList<>();
    boolean[] date1904 = {false};
    parse(part, new DefaultHandler() {
      private boolean root = true;
      private boolean inSheets;
      private boolean seenProperties;

      @Override
      public void startElement(String uri, String localName, String qName, Attributes attributes)
          throws SAXException {
        if (root) {
          root = false;
          if (!"workbook".equals(localName) || !SPREADSHEETML.equals(uri)) {
            throw new SAXException("the core part is no workbook: " + qName);
          }
          return;
        }
        switch (localName) {
          case "workbookPr" -> {
            // POI reads the first one only
            if (!seenProperties) {
              seenProperties = true;
              String value = attributes.getValue("date1904");
              date1904[0] = value != null && (value.strip().equals("1") || value.strip().equals("true"));
            }
          }
          case "sheets" -> inSheets = true;
          case "sheet" -> {
            if (inSheets) {
              sheets.add(new SheetEntry(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id")));
            }
          }
          default -> {
          }
        }
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        if ("sheets".equals(localName)) {
          inSheets = false;
        }
      }
    });
    return new Contents(sheets, date1904[0]);
  }

  /**
   * The shared strings as plain text, in order: a rich string's runs joined, phonetic guides left
   * out, {@code _xHHHH_} escapes decoded, as POI's {@code XSSFRichTextString.getString()} gives them.
   */
  static List<String> sharedStrings(PackagePart part) throws IOException, SAXException {
    List<String> strings = new ArrayList<>();
    RichText item = new RichText();
    parse(part, new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("si".equals(localName)) {
          item.begin();
        } else {
          item.start(localName);
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        item.characters(ch, start, length);
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        if ("si".equals(localName)) {
          strings.add(item.finish());
        } else {
          item.end(localName);
        }
      }
    });
    return strings;
  }

  static void parse(PackagePart part, DefaultHandler handler) throws IOException, SAXException {
    XMLReader reader;
    try {
      // POI's settings: no DTDs, no external entities
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    reader.setContentHandler(handler);
    try (InputStream in = part.getInputStream()) {
      reader.parse(new InputSource(in));
    }
  }
}
