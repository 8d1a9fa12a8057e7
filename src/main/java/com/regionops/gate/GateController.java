package com.regionops.gate;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue is the same for every region, so any signed-in user may read it. */
@RestController
@RequestMapping("/api/v1/gates")
class GateController {

  private final GateCatalog catalog;

  GateController(GateCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  List<GateDefinition> all() {
    return catalog.all();
  }

  @GetMapping("/{code}")
  GateDefinition get(@PathVariable String code) {
    return catalog.get(code);
  }
}
