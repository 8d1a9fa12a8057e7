package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its first bytes (Tika's magic numbers) with its name as a hint, and whether
 * the department takes it: PDF, Office documents old and new, images, CAD drawings and zip. A file
 * whose content is not what its extension says (an {@code .exe} called {@code .pdf}) is refused.
 *
 * <p>Only tika-core: a zip container is told apart by its name (a zip called {@code .docx} passes
 * as a Word document), and old Office files (OLE2) likewise; the rest is decided by content.
 */
final class MediaTypes {

  /** The accepted types, each with what a person calls it. */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("application/pdf", "PDF"),
      Map.entry("application/msword", "Word"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
      Map.entry("application/vnd.ms-excel", "Excel"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
      Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
      Map.entry("image/jpeg", "图片"),
      Map.entry("image/png", "图片"),
      Map.entry("image/gif", "图片"),
      Map.entry("image/bmp", "图片"),
      Map.entry("image/tiff", "图片"),
      Map.entry("image/webp", "图片"),
      Map.entry("image/heic", "图片"),
      Map.entry("image/vnd.dwg", "CAD 图纸"),
      Map.entry("image/vnd.dxf", "CAD 图纸"),
      Map.entry("model/vnd.dwf", "CAD 图纸"),
      Map.entry("application/zip", "压缩包"));

  static final String ALLOWED_TEXT = "PDF、Word、Excel、PowerPoint、图片（jpg/png/gif/bmp/tif/webp/heic）、CAD 图纸（dwg/dxf/dwf）、zip";

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  /** A sniffed type, and the file name's type when the name has a known extension. */
  record Sniffed(String mediaType, String nameType) {

    boolean allowed() {
      return ALLOWED.containsKey(mediaType);
    }

    /** Content and name agree; a name without a known extension agrees with anything allowed. */
    boolean matchesName() {
      return nameType == null || nameType.equals(mediaType);
    }
  }

  private MediaTypes() {
  }

  /** Reads the stream's first bytes (it must support mark/reset) and the name's extension. */
  static Sniffed sniff(InputStream content, String fileName) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    String detected = canonical(TYPES.detect(content, metadata));
    MediaType byName = TYPES.detect(null, metadata);
    String nameType = MediaType.OCTET_STREAM.equals(byName) ? null : canonical(byName);
    return new Sniffed(detected, nameType);
  }

  private static String canonical(MediaType type) {
    return TYPES.getMediaTypeRegistry().normalize(type).getBaseType().toString();
  }

  /** The usual extension of a type, for a generated name (".pdf"), or empty. */
  static Optional<String> extension(String mediaType) {
    try {
      MimeType type = TYPES.forName(mediaType);
      return type.getExtension().isEmpty() ? Optional.empty() : Optional.of(type.getExtension().toLowerCase(Locale.ROOT));
    } catch (MimeTypeException e) {
      return Optional.empty();
    }
  }
}
