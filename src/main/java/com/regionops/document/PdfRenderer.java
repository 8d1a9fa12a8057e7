package com.regionops.document;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.springframework.stereotype.Component;

/**
 * Well-formed XHTML to PDF (openhtmltopdf on PDFBox), with the CJK font shipped in the app
 * ({@value #FONT}, WenQuanYi Micro Hei, Apache-2.0; licence beside it): generated 纪要 and 通报
 * must read the same on a server without any Chinese font. PDFBox cannot use the CFF-outline Noto
 * CJK fonts (PLATFORM-NOTES 16); Micro Hei is TrueType. Only the glyphs used are embedded.
 */
@Component
public class PdfRenderer {

  static final String FONT = "/fonts/wqy-microhei.ttc";
  static final String FONT_NAME = "WenQuanYiMicroHei";
  /** The family name the HTML uses. */
  public static final String FAMILY = "RegionOpsCJK";

  private final byte[] fontBytes;

  static {
    com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
  }

  public PdfRenderer() {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + FONT);
      }
      fontBytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FONT, e);
    }
  }

  /** The PDF of {@code xhtml}, with {@code title} in its document information. */
  public byte[] render(String xhtml, String title) {
    // One parse of the collection per document: PDFBox's font objects are not shared across threads.
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(fontBytes))) {
      TrueTypeFont font = collection.getFontByName(FONT_NAME);
      if (font == null) {
        throw new IllegalStateException(FONT + " holds no font named " + FONT_NAME);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("RegionOps 区域运营管控平台");
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FAMILY);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("PDF rendering failed: " + title, e);
    }
  }

  /** Text for an XHTML element or attribute: markup characters escaped, nulls as empty. */
  public static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters; a pasted one must not break the whole PDF
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The page frame every generated document shares: A4, the CJK font, a header line and page numbers. */
  public static String page(String title, String body) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>"
        + escape(title) + "</title><style>"
        + "@page { size: A4; margin: 18mm 16mm 20mm 16mm;"
        + " @bottom-center { content: '第 ' counter(page) ' 页 / 共 ' counter(pages) ' 页'; font-family: '" + FAMILY
        + "'; font-size: 9pt; color: #666; } }"
        + "body { font-family: '" + FAMILY + "'; font-size: 10.5pt; line-height: 1.5; color: #222; }"
        + "h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm 0; }"
        + "h2 { font-size: 12pt; border-bottom: 1px solid #999; margin: 5mm 0 2mm 0; }"
        + "table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm 0; }"
        + "th, td { border: 1px solid #999; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }"
        + "th { background: #eee; }"
        + ".meta td { border: none; padding: 0.6mm 1mm; }"
        + ".trail { font-size: 9pt; table-layout: fixed; }"
        + ".num { text-align: right; }"
        + ".red { color: #c00; } .orange { color: #d46b08; }"
        + ".foot { margin-top: 6mm; font-size: 9pt; color: #666; }"
        + "</style></head><body>" + body + "</body></html>";
  }
}
