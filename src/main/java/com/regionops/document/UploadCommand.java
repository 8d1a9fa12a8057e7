package com.regionops.document;

/**
 * What an upload says besides the file, as the form fields name it: the project, the kind, and
 * what the file belongs to, either through the open task it is uploaded in ({@code taskId}; the
 * task names its object) or directly ({@code ownerType}, {@code ownerId}, {@code slot}).
 * {@code replaces} makes it the next version of that document.
 */
public record UploadCommand(String projectCode, String kind, String taskId, String ownerType, String ownerId,
    String slot, Long replaces) {
}
