-- Published read contract of module penempatan (style 8.4.1). Columns are only ever added at the end.

-- Placement scenarios that other modules may base a view on (peta kebutuhan, kaskade): their state and decision.
CREATE OR REPLACE VIEW penempatan.v_skenario AS
SELECT id, nama, status, diarsipkan, selesai_pada, disetujui_oleh, disetujui_pada, nomor_sk, tanggal_sk, tmt,
       dibuat_pada, ditetapkan_pada
FROM penempatan.skenario;

-- The proposal of a scenario for each employee in its scope: where they go (or why they stay). menentukan_kursi: the
-- proposal decides the employee's seat after the scenario (jabatan_usulan_id, NULL = left without a position); false
-- for an excluded employee, who keeps the seat of today (as does anyone outside the scenario).
CREATE OR REPLACE VIEW penempatan.v_usulan AS
SELECT skenario_id, nip, status, dikunci, opd_asal_id, jabatan_asal_id, kelas_asal, jenjang, jabatan_usulan_id,
       opd_usulan_id, kelas_usulan, status <> 'DIKECUALIKAN' AS menentukan_kursi
FROM penempatan.usulan;
