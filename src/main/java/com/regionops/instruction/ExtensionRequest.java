package com.regionops.instruction;

/** POST /instructions/{id}/extensions: for the caller's copy (a project office names its project). */
public record ExtensionRequest(String projectCode, String reason, String newDate) {
}
