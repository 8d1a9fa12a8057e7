package com.regionops.org;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A project as the API shows it: its fields, and whether it is 帮扶中. */
public record ProjectView(@JsonUnwrapped Project project, boolean supported) {
}
