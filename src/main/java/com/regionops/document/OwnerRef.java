package com.regionops.document;

/** Where an owner object lives: its region, and its project when it has one. */
public record OwnerRef(String regionCode, String projectCode) {
}
