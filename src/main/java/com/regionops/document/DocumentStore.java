package com.regionops.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of a document live. Metadata always stays in our tables; content is written
 * once per {@link DocumentContent} row, never changed, and read back whole or from an offset.
 */
public interface DocumentStore {

  /** The value of ro_document_content.store for what this store writes. */
  String name();

  /**
   * Writes {@code size} bytes for the content row (already inserted, inside the caller's
   * transaction) and returns its storage key, or null when the row itself is the key.
   * A failure leaves nothing behind that a rollback of the transaction would not remove.
   */
  String put(DocumentContent content, InputStream bytes) throws IOException;

  /** The bytes from {@code offset}, {@code length} of them, streamed. */
  InputStream open(DocumentContent content, long offset, long length) throws IOException;

  /** Removes what {@link #put} wrote under {@code storageKey} when its transaction rolled back. */
  default void discard(String storageKey) {
  }
}
