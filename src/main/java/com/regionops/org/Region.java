package com.regionops.org;

/** A region of the company; one Camunda tenant each. */
public record Region(String code, String name) {
}
