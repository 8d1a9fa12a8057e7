package com.regionops.partner;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PartnershipMapper {

  /** The project's mode and 并表, or null for a project that does not exist. */
  ModeRow findMode(String projectCode);

  /** Modes of these projects (a missing project has none). */
  List<ModeRow> findModes(@Param("codes") Collection<String> projectCodes);

  List<PartnerRow> findPartners(@Param("codes") Collection<String> projectCodes);

  int updateMode(@Param("projectCode") String projectCode, @Param("mode") OperatingMode mode,
      @Param("consolidated") boolean consolidated);

  int deletePartners(String projectCode);

  void insertPartner(PartnerRow partner);

  record ModeRow(String projectCode, OperatingMode operatingMode, boolean consolidated) {
  }

  record PartnerRow(String projectCode, int seq, String name, BigDecimal sharePct, String partnerRole) {
  }
}
