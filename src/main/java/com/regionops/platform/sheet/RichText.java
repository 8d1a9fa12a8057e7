package com.regionops.platform.sheet;

/**
 * The plain text of one string item — {@code <si>} of the shared strings or {@code <is>} of an
 * inline-string cell — as POI's {@code XSSFRichTextString.getString()} gives it: a rich string's runs
 * joined, phonetic guides left out, {@code _xHHHH_} escapes decoded. Fed by a SAX handler.
 */
final class RichText {

  private boolean inItem;
  private boolean inRun;
  private boolean hasRun;
  private boolean inPhonetic;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder runs = new StringBuilder();
  private StringBuilder capture;

  /** The item's element opened. */
  void begin() {
    reset();
    inItem = true;
  }

  /** An element inside the item opened: a run, a phonetic guide, a text. */
  void start(String localName) {
    if (!inItem) {
      return;
    }
    switch (localName) {
      case "r" -> {
        inRun = true;
        hasRun = true;
      }
      case "rPh" -> inPhonetic = true;
      case "t" -> {
        if (!inPhonetic) {
          capture = inRun ? runs : text;
        }
      }
      default -> {
        // formatting of a run, phonetic properties, extensions
      }
    }
  }

  void characters(char[] ch, int start, int length) {
    if (capture != null) {
      capture.append(ch, start, length);
    }
  }

  void end(String localName) {
    switch (localName) {
      case "r" -> inRun = false;
      case "rPh" -> inPhonetic = false;
      case "t" -> capture = null;
      default -> {
      }
    }
  }

  /** The item's element closed: its text. */
  String finish() {
    String result = WorksheetHandler.decode((hasRun ? runs : text).toString());
    reset();
    return result;
  }

  void reset() {
    inItem = false;
    inRun = false;
    hasRun = false;
    inPhonetic = false;
    capture = null;
    text.setLength(0);
    runs.setLength(0);
  }
}
