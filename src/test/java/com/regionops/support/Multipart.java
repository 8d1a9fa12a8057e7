package com.regionops.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data body as browsers send it: text fields, then at most one file part. */
public final class Multipart {

  private final String boundary = "----RegionOpsTest" + Long.toHexString(System.nanoTime());
  private final Map<String, String> fields = new LinkedHashMap<>();
  private String fileName;
  private String fileType = "application/octet-stream";
  private byte[] file;

  public Multipart field(String name, String value) {
    fields.put(name, value);
    return this;
  }

  public Multipart file(String name, String type, byte[] content) {
    this.fileName = name;
    this.fileType = type;
    this.file = content;
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public Map<String, String> headers() {
    return Map.of("Content-Type", contentType());
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    if (file != null) {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
      out.writeBytes(file);
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
