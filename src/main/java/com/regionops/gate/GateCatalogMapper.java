package com.regionops.gate;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The catalogue in three flat reads; GateCatalog puts each gate together with its materials (DMN). */
@Mapper
public interface GateCatalogMapper {

  record GateRow(String code, String name, String phase, int sortOrder, String description) {
  }

  record GateLink(String gateCode, String linked) {
  }

  @Select("SELECT code, name, phase, sort_order, description FROM ro_gate_definition ORDER BY sort_order")
  List<GateRow> findGates();

  @Select("SELECT p.gate_code, p.predecessor_code AS linked FROM ro_gate_predecessor p "
      + "JOIN ro_gate_definition g ON g.code = p.predecessor_code ORDER BY p.gate_code, g.sort_order")
  List<GateLink> findPredecessors();

  @Select("SELECT gate_code, function_group AS linked FROM ro_gate_attendee ORDER BY gate_code, function_group")
  List<GateLink> findAttendees();
}
