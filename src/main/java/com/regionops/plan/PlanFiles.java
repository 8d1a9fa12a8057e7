package com.regionops.plan;

import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.sheet.SheetError;
import com.regionops.platform.sheet.SheetFormatException;
import com.regionops.platform.sheet.SheetReader;
import com.regionops.platform.web.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A project's plan as the department's files: an .xlsx with Chinese headers, and Microsoft
 * Project (.mpp or MSPDI .xml) in; .xlsx and MSPDI out. An import goes through the same rules as
 * the JSON import (PlanService), its refusals named by cell (计划节点!C12) or task, and writes only
 * when asked to apply; formulas and macros are never evaluated.
 */
@Service
public class PlanFiles {

  /** Refusals listed in one answer; a file with more lists these and says how many more. */
  static final int MAX_PROBLEMS = 200;

  public enum Format {
    XLSX, MPP, MSPDI
  }

  /** What an upload would do (or did, when applied), with the plan as read and what the reader warned of. */
  public record ImportAnswer(Format format, boolean applied, PlanService.ImportPreview preview,
      PlanImportResult result, List<String> warnings, PlanDocument plan) {
  }

  private final PlanService plans;
  private final ProjectService projects;

  public PlanFiles(PlanService plans, ProjectService projects) {
    this.plans = plans;
    this.projects = projects;
  }

  public byte[] xlsx(ApiUser user, String projectCode) {
    Project project = projects.get(user, projectCode);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.write(plans.plan(user, project.code()), project.name(), out);
    return out.toByteArray();
  }

  public byte[] mspdi(ApiUser user, String projectCode) {
    Project project = projects.get(user, projectCode);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanProjectFile.writeMspdi(plans.plan(user, project.code()), project.name(), out);
    return out.toByteArray();
  }

  /** Reads the file (kept on disk by the caller), checks it as the JSON import would, and applies it when asked. */
  public ImportAnswer importFile(ApiUser user, String projectCode, File file, boolean apply) {
    user.requireMasterDataWriter();
    projects.getForWrite(user, projectCode);
    Format format = sniff(file);
    PlanDocument plan;
    List<String> warnings = List.of();
    UnaryOperator<String> where;
    if (format == Format.XLSX) {
      PlanWorkbook.Parsed parsed;
      try {
        parsed = PlanWorkbook.read(file);
      } catch (SheetReader.NotXlsxException e) {
        throw unsupported(e.getMessage());
      } catch (SheetFormatException e) {
        throw refused(e.errors().stream().map(PlanFiles::problem).toList());
      }
      if (!parsed.errors().isEmpty()) {
        throw refused(parsed.errors().stream().map(PlanFiles::problem).toList());
      }
      plan = parsed.plan();
      where = parsed::cellOf;
    } else {
      PlanProjectFile.Parsed parsed;
      try {
        parsed = PlanProjectFile.read(file);
      } catch (PlanProjectFile.UnreadableException e) {
        throw unsupported("不是可读取的 Microsoft Project 文件（.mpp 或 MSPDI .xml；旧版 .xls 请在 Excel 中另存为 .xlsx）");
      }
      if (!parsed.errors().isEmpty()) {
        throw refused(parsed.errors().stream().map(m -> new ApiException.FieldProblem("file", m)).toList());
      }
      plan = parsed.plan();
      warnings = parsed.warnings();
      where = parsed::taskOf;
    }
    try {
      PlanService.ImportPreview preview = plans.previewImport(user, projectCode, plan);
      PlanImportResult result = apply ? plans.importPlan(user, projectCode, plan) : null;
      return new ImportAnswer(format, apply, preview, result, warnings, plan);
    } catch (ApiException e) {
      if (e.status() != HttpStatus.BAD_REQUEST || e.problems().isEmpty()) {
        throw e;
      }
      // the JSON import's rules speak of nodes[3].plannedFinish: the person reads the cell or the task
      throw refused(e.problems().stream()
          .map(p -> new ApiException.FieldProblem(where.apply(p.field()), p.message())).toList());
    }
  }

  private static ApiException.FieldProblem problem(SheetError error) {
    return new ApiException.FieldProblem(error.place(), error.message());
  }

  private static ApiException refused(List<ApiException.FieldProblem> problems) {
    return ApiException.badInput(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
  }

  private static ApiException unsupported(String why) {
    return ApiException.unsupported("file", why);
  }

  /**
   * By content, never by name: a zip is an .xlsx (the reader refuses other zips), an OLE2 file
   * is .mpp (MPXJ refuses an old .xls), XML naming the Project schema is MSPDI.
   */
  static Format sniff(File file) {
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = Files.newInputStream(file.toPath())) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (n == 0) {
      throw ApiException.badInput("file", "文件为空");
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Format.XLSX;
    }
    if (n >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
        && (head[3] & 0xff) == 0xE0) {
      return Format.MPP;
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (text.startsWith("<") && text.contains("schemas.microsoft.com/project")) {
      return Format.MSPDI;
    }
    throw unsupported("不是 .xlsx、.mpp 或 MSPDI .xml 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）");
  }
}
