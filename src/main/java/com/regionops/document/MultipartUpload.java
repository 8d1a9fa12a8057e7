package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded part as an Upload. Tomcat keeps the part on disk (file-size-threshold 0): it can be read more than once. */
public record MultipartUpload(MultipartFile file) implements Upload {

  @Override
  public String originalName() {
    return file.getOriginalFilename();
  }

  @Override
  public long size() {
    return file.getSize();
  }

  @Override
  public InputStream open() throws IOException {
    return file.getInputStream();
  }
}
