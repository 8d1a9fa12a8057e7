package com.regionops.certificate;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface CertificateTypeMapper {

  String COLUMNS = "code, name, scope, chain_order, validity_months, annual_report, review_window_start, "
      + "review_window_end, description";

  @Select("SELECT " + COLUMNS + " FROM ro_certificate_type ORDER BY COALESCE(chain_order, 0), code")
  List<CertificateType> findAll();

  @Select("SELECT " + COLUMNS + " FROM ro_certificate_type WHERE code = #{code}")
  CertificateType findByCode(String code);
}
