package com.regionops.document;

/** Stored bytes, once per scope (project, or region) and SHA-256; where they live is {@code store}. */
public record DocumentContent(Long id, String scope, String sha256, long sizeBytes, String store, String storageKey) {
}
