-- Certificate types and their chase rules. chain_order orders the per-project chain
-- 不动产权证 → 用地规划 → 工程规划 → 施工 → 预售 → 竣工备案; company-level types have none.
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('BUSINESS_LICENSE', '营业执照', 'COMPANY', NULL, NULL, TRUE, '01-01', '06-30', '每年1月1日至6月30日报送年度报告，逾期列入经营异常名录');
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('DEVELOPER_QUALIFICATION', '房地产开发资质证书', 'COMPANY', NULL, 36, FALSE, NULL, NULL, '有效期3年，到期前办理延续，失效将停止销售');
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('LAND_TITLE', '不动产权证', 'PROJECT', 1, NULL, FALSE, NULL, NULL, '土地使用权证明');
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('LAND_PLANNING_PERMIT', '建设用地规划许可证', 'PROJECT', 2, NULL, FALSE, NULL, NULL, NULL);
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('ENGINEERING_PLANNING_PERMIT', '建设工程规划许可证', 'PROJECT', 3, NULL, FALSE, NULL, NULL, NULL);
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('CONSTRUCTION_PERMIT', '建筑工程施工许可证', 'PROJECT', 4, NULL, FALSE, NULL, NULL, NULL);
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('PRESALE_PERMIT', '商品房预售许可证', 'PROJECT', 5, NULL, FALSE, NULL, NULL, NULL);
INSERT INTO ro_certificate_type (code, name, scope, chain_order, validity_months, annual_report, review_window_start, review_window_end, description)
VALUES ('COMPLETION_FILING', '竣工验收备案', 'PROJECT', 6, NULL, FALSE, NULL, NULL, NULL);
