package com.regionops.org;

import java.util.Collection;
import java.util.Set;

/**
 * Marks a project carries for the reader of the project API, supplied by the features that own
 * them (帮扶中: projectsupport), so that org does not depend on them.
 */
public interface ProjectMarks {

  /** Of these projects, those 帮扶中 (a support case running). */
  Set<String> supported(Collection<String> projectCodes);
}
