package com.regionops.platform.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Camunda group ids of DESIGN.md and their Chinese names. */
public final class Groups {

  public static final String CAMUNDA_ADMIN = "camunda-admin";
  public static final String PROJECT_OFFICE = "project-office";
  public static final String REGION_OPS = "region-ops";
  public static final String REGION_FUNCTIONS = "region-functions";
  public static final String REGION_PRESIDENT = "region-president";
  public static final String GROUP_OPS = "group-ops";
  public static final String FN_DESIGN = "fn-design";
  public static final String FN_ENGINEERING = "fn-engineering";
  public static final String FN_MARKETING = "fn-marketing";
  public static final String FN_COST = "fn-cost";
  public static final String FN_FINANCE = "fn-finance";
  public static final String FN_INVESTMENT = "fn-investment";
  public static final String OFFICE_PREFIX = "office-";

  /** Fixed groups, created at every start; office-{code} groups come with their projects. */
  public static final Map<String, String> NAMES;

  static {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(CAMUNDA_ADMIN, "流程管理员");
    names.put(PROJECT_OFFICE, "项目公司/项目运营");
    names.put(REGION_OPS, "区域运营管理部");
    names.put(REGION_FUNCTIONS, "区域职能部门");
    names.put(FN_DESIGN, "区域设计部");
    names.put(FN_ENGINEERING, "区域工程部");
    names.put(FN_MARKETING, "区域营销部");
    names.put(FN_COST, "区域成本部");
    names.put(FN_FINANCE, "区域财务部");
    names.put(FN_INVESTMENT, "区域投资部");
    names.put(REGION_PRESIDENT, "区域总裁");
    names.put(GROUP_OPS, "集团运营中心");
    NAMES = Collections.unmodifiableMap(names);
  }

  private Groups() {
  }

  public static String office(String projectCode) {
    return OFFICE_PREFIX + projectCode;
  }

  /** What a person reads for a group: its Chinese name, 项目公司 GZ01 for a project's office, else the id. */
  public static String nameOf(String groupId) {
    if (groupId == null) {
      return "";
    }
    if (groupId.startsWith(OFFICE_PREFIX)) {
      return "项目公司 " + groupId.substring(OFFICE_PREFIX.length());
    }
    return NAMES.getOrDefault(groupId, groupId);
  }

  public static boolean isFunction(String groupId) {
    return groupId.startsWith("fn-");
  }
}
