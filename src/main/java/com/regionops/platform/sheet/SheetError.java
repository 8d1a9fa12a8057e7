package com.regionops.platform.sheet;

/**
 * One problem in an uploaded workbook, placed where the user can find it: the sheet, the cell
 * ("C12") when there is one, and what is wrong, in the words the user reads. The sheet is null only
 * for problems with the file as a whole.
 */
public record SheetError(String sheet, String cell, String message) {

  /** Where it is, as an API refusal names the field: {@code 计划节点!C12}, the sheet alone, or {@code file}. */
  public String place() {
    return sheet == null ? "file" : cell == null ? sheet : sheet + "!" + cell;
  }

  /** {@code 计划节点!C12: 计划完成日期早于计划开始日期}, or without the parts that are missing. */
  @Override
  public String toString() {
    if (sheet == null) {
      return message;
    }
    return cell == null ? sheet + ": " + message : sheet + "!" + cell + ": " + message;
  }
}
