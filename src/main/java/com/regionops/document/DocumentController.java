package com.regionops.document;

import com.regionops.platform.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
class DocumentController {

  private final DocumentService documents;
  private final ArchiveService archives;

  DocumentController(DocumentService documents, ArchiveService archives) {
    this.documents = documents;
    this.archives = archives;
  }

  @PostMapping(path = "/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Document upload(ApiUser user, @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String projectCode, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String taskId, @RequestParam(required = false) String ownerType,
      @RequestParam(required = false) String ownerId, @RequestParam(required = false) String slot,
      @RequestParam(required = false) Long replaces) {
    return documents.upload(user, new UploadCommand(projectCode, kind, taskId, ownerType, ownerId, slot, replaces),
        file == null ? null : new MultipartUpload(file));
  }

  @GetMapping("/documents/{id}")
  Document get(ApiUser user, @PathVariable long id) {
    return documents.get(user, id);
  }

  @GetMapping("/documents/{id}/versions")
  List<Document> versions(ApiUser user, @PathVariable long id) {
    return documents.versions(user, id);
  }

  @DeleteMapping("/documents/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(ApiUser user, @PathVariable long id) {
    documents.delete(user, id);
  }

  @GetMapping("/documents/access-log")
  List<DocumentAccess> accessLog(ApiUser user, @RequestParam(required = false) Long documentId,
      @RequestParam(required = false) String userId, @RequestParam(required = false) Integer limit) {
    return documents.accessLog(user, documentId, userId, limit);
  }

  @GetMapping("/tasks/{taskId}/documents")
  ArchiveService.TaskFiles taskFiles(ApiUser user, @PathVariable String taskId) {
    return archives.taskFiles(user, taskId);
  }

  @GetMapping("/projects/{code}/archive")
  ArchiveService.ProjectArchive archive(ApiUser user, @PathVariable String code) {
    return archives.project(user, code);
  }

  @GetMapping("/regions/{code}/documents")
  List<ArchiveService.Entry> regionDocuments(ApiUser user, @PathVariable String code,
      @RequestParam(required = false) DocumentKind kind) {
    return archives.region(user, code, kind);
  }

  /**
   * The file, streamed: ETag is its SHA-256, so a second download of an unchanged file is a
   * 304; a single byte range is answered 206 (a PDF viewer or a resumed download asks for one).
   * PDFs and pictures open in the browser, everything else downloads; either way under the
   * name it was uploaded with (RFC 6266, filename* in UTF-8 per RFC 5987).
   */
  @GetMapping("/documents/{id}/content")
  void content(ApiUser user, @PathVariable long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Document document = documents.get(user, id);
    String etag = "\"" + document.sha256() + "\"";
    response.setHeader(HttpHeaders.ETAG, etag);
    response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");

    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    long size = document.size();
    ByteRange range;
    try {
      String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
      range = ifRange == null || ifRange.equals(etag) ? ByteRange.parse(request.getHeader(HttpHeaders.RANGE), size) : null;
    } catch (ByteRange.Unsatisfiable e) {
      response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
      return;
    }
    long offset = range == null ? 0 : range.start();
    long length = range == null ? size : range.length();
    boolean inline = document.mediaType().equals("application/pdf") || document.mediaType().startsWith("image/");
    if (!inline) {
      // Never a page of ours (the allow-list has no HTML or SVG); should a browser render one anyway,
      // no script of it runs with our origin. Not on PDFs: Chromium's viewer does not open in a sandbox.
      response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    }
    response.setContentType(document.mediaType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(inline, document.fileName()));
    response.setContentLengthLong(length);
    if (range != null) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + range.start() + "-" + range.end() + "/" + size);
    }
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    try (InputStream in = documents.open(user, document, offset, length,
        range == null ? null : range.start() + "-" + range.end())) {
      OutputStream out = response.getOutputStream();
      in.transferTo(out);
    }
  }

  static String disposition(boolean inline, String fileName) {
    return com.regionops.platform.web.Downloads.disposition(inline, fileName);
  }
}
