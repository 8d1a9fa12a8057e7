package com.regionops.support;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as a reader would copy it out (PDFBox), for comparing generated documents with their source. */
public final class PdfText {

  private PdfText() {
  }

  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new AssertionError("not a readable PDF", e);
    }
  }

  /** Without any white space: table cells wrap where the layout decides. */
  public static String compact(byte[] pdf) {
    return of(pdf).replaceAll("\\s+", "");
  }
}
