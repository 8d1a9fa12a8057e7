package com.regionops.platform.tasklist;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the plugin's static files ({@code /camunda/api/tasklist/plugin/regionops/static/app/…}). */
@Path("plugin/" + RegionOpsTasklistPlugin.ID)
public class RegionOpsTasklistPluginResource extends AbstractTasklistPluginRootResource {

  public RegionOpsTasklistPluginResource() {
    super(RegionOpsTasklistPlugin.ID);
  }
}
