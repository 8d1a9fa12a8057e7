package com.regionops.gate;

import com.regionops.org.ProjectTargets;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/** The draft 项目运营目标 a project office brings to 项目启动会, read from the start variables. */
public final class KickoffTargets {

  public static final String CONSTRUCTION_START = "targetConstructionStart";
  public static final String FIRST_OPENING = "targetFirstOpening";
  public static final String HANDOVER = "targetHandover";
  public static final String SALES = "targetSales";
  public static final String NET_PROFIT = "targetNetProfit";
  /** DECIMAL(16,2): at most 14 digits before the point. */
  private static final int MAX_INTEGER_DIGITS = 14;
  /** Rounding 1e-999999999 to cents overflows BigInteger (ArithmeticException). */
  private static final int MAX_SCALE = 100;

  private KickoffTargets() {
  }

  /** Checks and reads the targets: the three dates in order, the amounts in 万元 with two decimals. */
  public static ProjectTargets read(String projectCode, Function<String, Object> variables, LocalDateTime fixedAt) {
    LocalDate start = date(variables.apply(CONSTRUCTION_START), CONSTRUCTION_START, "开工");
    LocalDate opening = date(variables.apply(FIRST_OPENING), FIRST_OPENING, "首开");
    LocalDate handover = date(variables.apply(HANDOVER), HANDOVER, "交楼");
    if (!opening.isAfter(start)) {
      throw InputRejectedException.badInput(FIRST_OPENING, "首开目标日期应晚于开工目标日期");
    }
    if (!handover.isAfter(opening)) {
      throw InputRejectedException.badInput(HANDOVER, "交楼目标日期应晚于首开目标日期");
    }
    return new ProjectTargets(projectCode, start, opening, handover, amount(variables.apply(SALES), SALES, "销售目标"),
        amount(variables.apply(NET_PROFIT), NET_PROFIT, "净利润目标"), fixedAt);
  }

  private static LocalDate date(Object value, String field, String label) {
    LocalDateTime parsed = EngineTime.parseDateTime(value);
    if (parsed == null) {
      throw InputRejectedException.badInput(field, "请填写" + label + "目标日期（yyyy-MM-dd）");
    }
    return parsed.toLocalDate();
  }

  private static BigDecimal amount(Object value, String field, String label) {
    try {
      BigDecimal read = new BigDecimal(String.valueOf(value));
      // bound the magnitude before setScale: 1e999999999 would be scaled out to a billion digits
      if (read.precision() - read.scale() > MAX_INTEGER_DIGITS || read.scale() > MAX_SCALE) {
        throw InputRejectedException.badInput(field, label + "超出范围（万元）");
      }
      BigDecimal amount = read.setScale(2, RoundingMode.HALF_UP);
      if (amount.signum() < 0 && SALES.equals(field)) {
        throw new NumberFormatException();
      }
      return amount;
    } catch (NumberFormatException e) {
      throw InputRejectedException.badInput(field, "请填写" + label + "（万元）");
    }
  }
}
