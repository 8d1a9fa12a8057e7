package com.regionops.gate;

import com.regionops.platform.web.ApiException;
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

  /** The catalogue with each gate's materials, as the API shows it. */
  public List<GateDefinition> all() {
    return definitions().stream()
        .map(g -> new GateDefinition(g.code(), g.name(), g.phase(), g.sortOrder(), g.description(), g.predecessors(),
            materials.forGate(g.code()), g.attendingFunctions()))
        .toList();
  }

  /** The catalogue without materials (no DMN evaluation), for rules and overviews. */
  public List<GateDefinition> definitions() {
    Map<String, List<String>> predecessors = byGate(mapper.findPredecessors());
    Map<String, List<String>> attendees = byGate(mapper.findAttendees());
    return mapper.findGates().stream()
        .map(g -> new GateDefinition(g.code(), g.name(), g.phase(), g.sortOrder(), g.description(),
            predecessors.getOrDefault(g.code(), List.of()), List.of(), attendees.getOrDefault(g.code(), List.of())))
        .toList();
  }

  public GateDefinition get(String code) {
    return all().stream().filter(g -> g.code().equals(code)).findFirst()
        .orElseThrow(() -> ApiException.notFound("节点会议不存在：" + code));
  }

  /** The gate without materials, or null. */
  public GateDefinition find(String code) {
    return definitions().stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
  }

  private static Map<String, List<String>> byGate(List<GateCatalogMapper.GateLink> links) {
    return links.stream().collect(Collectors.groupingBy(GateCatalogMapper.GateLink::gateCode,
        Collectors.mapping(GateCatalogMapper.GateLink::linked, Collectors.toList())));
  }
}
