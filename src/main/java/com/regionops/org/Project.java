package com.regionops.org;

import java.time.LocalDateTime;

/** A development project, owned by its project company and run inside one region. */
public record Project(
    String code,
    String name,
    String regionCode,
    String city,
    String companyName,
    ProjectStatus status,
    ProjectType projectType,
    LocalDateTime createdAt,
    LocalDateTime updatedAt) {
}
