package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file to store: its name as the client gave it and a source that can be read more than once
 * (Tomcat keeps a multipart file on disk; a generated PDF is in memory), so it is sniffed and
 * hashed before anything is written.
 */
public interface Upload {

  String originalName();

  long size();

  InputStream open() throws IOException;

  static Upload of(String name, byte[] bytes) {
    return new Upload() {
      @Override
      public String originalName() {
        return name;
      }

      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public InputStream open() {
        return new java.io.ByteArrayInputStream(bytes);
      }
    };
  }
}
