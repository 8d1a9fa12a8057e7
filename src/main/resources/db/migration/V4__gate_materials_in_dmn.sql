-- Required 上会资料 now live in the DMN table dmn/gate-materials.dmn (COLLECT by gate code),
-- which the review process evaluates; one source instead of two.
DROP TABLE ro_gate_material;
