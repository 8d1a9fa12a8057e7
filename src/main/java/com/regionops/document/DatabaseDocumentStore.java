package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Content in our own database, in {@value #CHUNK_SIZE}-byte rows: the embedded default and a
 * cluster need nothing else. Written inside the upload's transaction, so a failed or aborted
 * upload leaves no chunk behind; read one chunk at a time, so memory stays flat for any size.
 */
class DatabaseDocumentStore implements DocumentStore {

  static final int CHUNK_SIZE = 1024 * 1024;

  private final DocumentMapper documents;

  DatabaseDocumentStore(DocumentMapper documents) {
    this.documents = documents;
  }

  @Override
  public String name() {
    return "DATABASE";
  }

  @Override
  public String put(DocumentContent content, InputStream bytes) throws IOException {
    byte[] buffer = new byte[CHUNK_SIZE];
    int seq = 0;
    int filled;
    while ((filled = bytes.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
      documents.insertChunk(content.id(), seq++, filled == CHUNK_SIZE ? buffer : java.util.Arrays.copyOf(buffer, filled));
    }
    return null;
  }

  @Override
  public InputStream open(DocumentContent content, long offset, long length) {
    return new ChunkStream(content.id(), offset, length);
  }

  /** Reads chunk rows lazily, each in its own short statement. */
  private final class ChunkStream extends InputStream {

    private final long contentId;
    private long position;
    private long remaining;
    private byte[] chunk;
    private int chunkSeq = -1;

    ChunkStream(long contentId, long offset, long length) {
      this.contentId = contentId;
      this.position = offset;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int seq = (int) (position / CHUNK_SIZE);
      if (seq != chunkSeq) {
        List<byte[]> rows = documents.findChunk(contentId, seq);
        if (rows.isEmpty()) {
          throw new IOException("content " + contentId + " lacks chunk " + seq);
        }
        chunk = rows.get(0);
        chunkSeq = seq;
      }
      int from = (int) (position % CHUNK_SIZE);
      int n = (int) Math.min(Math.min(len, chunk.length - from), remaining);
      if (n <= 0) {
        throw new IOException("content " + contentId + " is shorter than recorded");
      }
      System.arraycopy(chunk, from, target, off, n);
      position += n;
      remaining -= n;
      return n;
    }
  }
}
