package com.regionops.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {

  static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
  static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0};
  static final byte[] DWG = "AC1027\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

  static MediaTypes.Sniffed sniff(byte[] content, String name) throws IOException {
    return MediaTypes.sniff(new java.io.BufferedInputStream(new ByteArrayInputStream(content)), name);
  }

  static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void aPdfIsAPdf() throws IOException {
    MediaTypes.Sniffed sniffed = sniff(PDF, "可研报告.pdf");
    assertThat(sniffed.mediaType()).isEqualTo("application/pdf");
    assertThat(sniffed.allowed()).isTrue();
    assertThat(sniffed.matchesName()).isTrue();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "PNG, 现场照片.png, image/png",
      "JPEG, 整改照片.JPG, image/jpeg",
      "OLE2, 老版合同.doc, application/msword",
      "OLE2, 台账.xls, application/vnd.ms-excel",
      "DWG, 总平面图.dwg, image/vnd.dwg"})
  void theDepartmentsEverydayFilesAreTaken(String content, String name, String type) throws IOException {
    MediaTypes.Sniffed sniffed = sniff(bytes(content), name);
    assertThat(sniffed.mediaType()).isEqualTo(type);
    assertThat(sniffed.allowed()).isTrue();
    assertThat(sniffed.matchesName()).isTrue();
  }

  @Test
  void officeDocumentsAndArchivesAreZipsTakenByTheirName() throws IOException {
    assertThat(sniff(zip("word/document.xml"), "方案说明.docx").mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(sniff(zip("xl/workbook.xml"), "目标分解.xlsx").mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    MediaTypes.Sniffed archive = sniff(zip("a.txt"), "图纸合集.zip");
    assertThat(archive.mediaType()).isEqualTo("application/zip");
    assertThat(archive.allowed() && archive.matchesName()).isTrue();
  }

  @Test
  void aProgramCalledPdfIsNeitherAllowedNorWhatItsNameSays() throws IOException {
    MediaTypes.Sniffed sniffed = sniff(EXE, "可研报告.pdf");
    assertThat(sniffed.mediaType()).isEqualTo("application/x-msdownload");
    assertThat(sniffed.allowed()).isFalse();
    assertThat(sniffed.matchesName()).isFalse();
  }

  @Test
  void aPictureCalledPdfDoesNotMatchItsName() throws IOException {
    MediaTypes.Sniffed sniffed = sniff(PNG, "合同.pdf");
    assertThat(sniffed.allowed()).as("a PNG is allowed by itself").isTrue();
    assertThat(sniffed.matchesName()).isFalse();
  }

  @Test
  void pagesAndPlainTextAreRefused() throws IOException {
    assertThat(sniff(HTML, "说明.html").allowed()).isFalse();
    assertThat(sniff(HTML, "说明.pdf").allowed()).isFalse();
    assertThat(sniff("纯文本".getBytes(StandardCharsets.UTF_8), "说明.txt").allowed()).isFalse();
  }

  @Test
  void aNameWithoutExtensionIsJudgedByContent() throws IOException {
    MediaTypes.Sniffed sniffed = sniff(PDF, "扫描件");
    assertThat(sniffed.mediaType()).isEqualTo("application/pdf");
    assertThat(sniffed.matchesName()).isTrue();
  }

  static byte[] bytes(String name) {
    return switch (name) {
      case "PNG" -> PNG;
      case "JPEG" -> JPEG;
      case "OLE2" -> OLE2;
      case "DWG" -> DWG;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
