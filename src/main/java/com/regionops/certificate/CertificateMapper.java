package com.regionops.certificate;

import com.regionops.platform.engine.KeyedRow;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CertificateMapper {

  List<Certificate> find(CertificateQuery query);

  Certificate findById(long id);

  Long findIdByNumber(@Param("typeCode") String typeCode, @Param("certNo") String certNo);

  /** Sets row.id to the generated key. */
  void insert(KeyedRow<Certificate> row);

  int update(@Param("id") long id, @Param("c") Certificate certificate);

  int linkPlanNode(@Param("id") long id, @Param("planNodeId") Long planNodeId);

  Long findPlanNodeId(long id);
}
