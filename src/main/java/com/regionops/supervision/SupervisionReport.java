package com.regionops.supervision;

import java.math.BigDecimal;
import java.util.List;

/**
 * 督办通报 of a region's month: per project (and the region's own copies of group instructions) the open items
 * by colour as they stand, and the month's 签收及时率 and 反馈及时率. A rate is null when nothing fell due.
 */
public record SupervisionReport(String regionCode, String regionName, String month, Line region, List<Line> projects) {

  public record Line(String projectCode, String projectName, int blue, int yellow, int red, int acknowledgementsDue,
      int acknowledgedOnTime, BigDecimal acknowledgementRate, int answersDue, int answeredOnTime,
      BigDecimal answerRate) {
  }
}
