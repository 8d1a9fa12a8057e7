package com.regionops.gate;

import com.regionops.platform.ApiException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The 七前三后 gate catalogue: table data seeded by V2, materials from the DMN gate-materials. */
@Service
public class GateCatalog {

  private final GateCatalogMapper mapper;
  private final GateMaterials materials;

  public GateCatalog(GateCatalogMapper mapper, GateMaterials materials) {
    this.mapper = mapper;
    this.materials = materials;
  }

  public List<GateDefinition> all() {
    Map<String, List<String>> predecessors = byGate(mapper.findPredecessors());
    Map<String, List<String>> attendees = byGate(mapper.findAttendees());
    return mapper.findGates().stream()
        .map(g -> new GateDefinition(g.code(), g.name(), g.phase(), g.sortOrder(), g.description(),
            predecessors.getOrDefault(g.code(), List.of()), materials.forGate(g.code()),
            attendees.getOrDefault(g.code(), List.of())))
        .toList();
  }

  public GateDefinition get(String code) {
    return all().stream().filter(g -> g.code().equals(code)).findFirst()
        .orElseThrow(() -> ApiException.notFound("会议类型不存在：" + code));
  }

  private static Map<String, List<String>> byGate(List<GateCatalogMapper.GateLink> links) {
    return links.stream().collect(Collectors.groupingBy(GateCatalogMapper.GateLink::gateCode,
        Collectors.mapping(GateCatalogMapper.GateLink::linked, Collectors.toList())));
  }
}
