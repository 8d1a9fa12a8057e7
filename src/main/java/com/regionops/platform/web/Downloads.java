package com.regionops.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as a download: its type, a Chinese file name every browser keeps, never cached. */
public final class Downloads {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {
  }

  /**
   * {@code filename*} carries the name in UTF-8 (RFC 5987); {@code filename} an ASCII stand-in for
   * clients that know only that (RFC 6266 4.3 lets both be sent, filename* wins).
   */
  public static String disposition(boolean inline, String fileName) {
    StringBuilder ascii = new StringBuilder();
    fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    String encoded = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    String star = encoded.substring(encoded.indexOf("filename*="));
    return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; " + star;
  }

  public static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
    return of(XLSX, fileName, content);
  }

  public static ResponseEntity<byte[]> of(String mediaType, String fileName, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(false, fileName))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(content);
  }
}
