<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Check sample</source>
        <translation>Sampel pemeriksaan</translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>{n} producers are loaded: select the producers to report on (in the table or on the map); a report covers at most {limit} producers without a selection.</source>
        <translation>{n} produsen dimuat: pilih produsen yang akan dilaporkan (di tabel atau di peta); tanpa pilihan, satu laporan mencakup paling banyak {limit} produsen.</translation>
    </message>
    <message>
        <source>Cannot open the assessments ({source}): load the assessments again.</source>
        <translation type="obsolete">Penilaian ({source}) tidak dapat dibuka: muat ulang penilaian.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="obsolete">risiko tinggi</translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation type="obsolete">risiko standar</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation type="obsolete">risiko rendah</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation type="obsolete">negara tidak diketahui</translation>
    </message>
    <message>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation type="obsolete">{risk}: {picked} dari {population} ({share} %)</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation type="obsolete">Sampel pemeriksaan (seed {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="obsolete">; </translation>
    </message>
    <message>
        <source>no producers</source>
        <translation type="obsolete">tidak ada produsen</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} produsen</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} produsen</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation type="obsolete">{n} baris</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="obsolete">{n} baris</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers} producer(s), {rows} row(s): {classes}</source>
        <translation type="obsolete">Sampel pemeriksaan (seed {seed}): {producers} produsen, {rows} baris: {classes}</translation>
    </message>
    <message>
        <source>The check sample could not be drawn: see the Processing log.</source>
        <translation type="obsolete">Sampel pemeriksaan tidak dapat ditarik: lihat log pesan (tab Pengolahan).</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../ui/assessment_filters.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every producer.</source>
        <translation>QGIS menolak filter pada layer ({filter}): peta menampilkan semua produsen.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Flat</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Grouped by producer</source>
        <translation>Dikelompokkan per produsen</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Drill-down plots</source>
        <translation>Petak rincian</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Assessments</source>
        <translation>Total penilaian</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Medium Risk (≤5%)</source>
        <translation>Risiko sedang (≤5%)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No non-compliant area and no non-compliant plot.</source>
        <translation>Tidak ada area dan tidak ada plot yang tidak patuh.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {share} % of the area or more than {plots} plots non-compliant.</source>
        <translation>Lebih dari {share} % area atau lebih dari {plots} plot tidak patuh.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Some non-compliance: at most {share} % of the area and at most {plots} plots.</source>
        <translation>Ada ketidakpatuhan: paling banyak {share} % area dan paling banyak {plots} plot.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No confidence level and no non-compliance figure, or a figure that cannot be used (the layer&apos;s Skip reason field says which).</source>
        <translation>Tanpa tingkat keyakinan dan tanpa angka ketidakpatuhan, atau angka yang tidak dapat dipakai (kolom Alasan dilewati pada layer menyebutkannya).</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>At most {area} ha deforested after 2020.</source>
        <translation>Paling banyak {area} ha terdeforestasi setelah 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {area} ha deforested after 2020.</source>
        <translation>Lebih dari {area} ha terdeforestasi setelah 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU high risk</source>
        <translation>Risiko tinggi UE</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU standard risk</source>
        <translation>Risiko standar UE</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU low risk</source>
        <translation>Risiko rendah UE</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU risk unknown</source>
        <translation>Risiko UE tidak diketahui</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{risk} · {share} %</source>
        <translation>{risk} · {share} %</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producer</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producers</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers}: one assessment per collection; a producer with several collections counts once in the check sample.</source>
        <translation>{assessments} dari {producers}: satu penilaian per koleksi; produsen dengan beberapa koleksi dihitung sekali dalam sampel pemeriksaan.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers} in this class: the check sample picks {share} % of these producers, at least one.</source>
        <translation>{assessments} dari {producers} di kelas ini: sampel pemeriksaan memilih {share} % dari produsen ini, minimal satu.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Plots</source>
        <translation>Total petak</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>The plots of the collection drilled down.</source>
        <translation>Plot dari koleksi yang dirinci.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>All plots</source>
        <translation>Semua petak</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch and the second opinion disagree</source>
        <translation>Epoch dan pendapat kedua tidak sepakat</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Second opinion: {verdict}</source>
        <translation>Opini kedua: {verdict}</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch has no plots for {producer}: nothing was added to the map.</source>
        <translation>Epoch tidak memiliki petak untuk {producer}: tidak ada yang ditambahkan ke peta.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Your plot id</source>
        <translation>ID petak Anda</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Drill-down plots: {layer}</source>
        <translation>Petak rincian: {layer}</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Select an assessed producer (Not Assessable rows have no DDS).</source>
        <translation>Pilih produsen yang sudah dinilai (baris Tidak dapat dinilai tidak memiliki DDS).</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Save the Due Diligence Statement</source>
        <translation>Simpan Pernyataan Uji Tuntas</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>ZIP files (*.zip)</source>
        <translation>Berkas ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Downloading DDS</source>
        <translation>Mengunduh DDS</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons above.</source>
        <translation>{path} disimpan ({n} berkas). Muat GeoJSON-nya sebagai layer atau buka PDF-nya dengan tombol di atas.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Cannot read {path} ({reason}): download the DDS again.</source>
        <translation>{path} tidak dapat dibaca ({reason}): unduh ulang DDS.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layer added.</source>
        <translation>{n} layer DDS ditambahkan.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layers added.</source>
        <translation>{n} layer DDS ditambahkan.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Opening the DDS PDF</source>
        <translation>Membuka PDF DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load assessments</source>
        <translation>Muat penilaian</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Assessments per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation>Penilaian per kelas risiko negara UE (Peraturan Pelaksana (UE) 2025/1093) dan porsi operator yang diperiksa otoritas berwenang setiap tahun.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Search producer, commodity, country ...</source>
        <translation>Cari produsen, komoditas, negara ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All EU risk classes</source>
        <translation>Semua kelas risiko UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample only</source>
        <translation>Hanya sampel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Only the producers in the check sample drawn (the table and the map).</source>
        <translation>Hanya produsen dalam sampel pemeriksaan yang ditarik (di tabel dan di peta).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No producer matches these filters: the map shows none either.</source>
        <translation>Tidak ada produsen yang cocok dengan filter ini: peta juga tidak menampilkan satu pun.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill down</source>
        <translation>Rinci</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Download DDS</source>
        <translation>Unduh DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Check sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk class, highest Epoch risk first (the same seed gives the same sample).</source>
        <translation>Pilih produsen yang akan diperiksa: sedikitnya 9 % / 3 % / 1 % per kelas risiko negara UE, risiko Epoch tertinggi lebih dulu (seed yang sama menghasilkan sampel yang sama).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>seed </source>
        <translation>seed </translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Breaks ties between equally risky producers; keep it to draw the same sample again.</source>
        <translation>Menentukan urutan produsen dengan risiko setara; pertahankan nilainya untuk menarik sampel yang sama lagi.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Field report (PDF)</source>
        <translation>Laporan lapangan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>A PDF section per selected producer (or all, up to 200): map, plots to visit with coordinates, risks; and a QField-ready copy next to it.</source>
        <translation>Satu bagian PDF per produsen terpilih (atau semua, hingga 200): peta, petak yang perlu dikunjungi beserta koordinatnya, risiko; dan salinan siap QField di sebelahnya.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open the last field report written (PDF).</source>
        <translation>Buka laporan lapangan terakhir yang ditulis (PDF).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every plot.</source>
        <translation>QGIS menolak filter pada layer ({filter}): peta menampilkan semua petak.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load DDS layers</source>
        <translation>Muat layer DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open DDS PDF</source>
        <translation>Buka PDF DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read the table: {reason}</source>
        <translation>Tabel tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Not Assessable: there is no DDS to export.</source>
        <translation>Tidak dapat dinilai: tidak ada DDS untuk diekspor.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Loading assessments</source>
        <translation>Memuat penilaian</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No plot matches this filter: the map shows none either.</source>
        <translation>Tidak ada petak yang cocok dengan filter ini: peta juga tidak menampilkan satu pun.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All commodities</source>
        <translation>Semua komoditas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select a producer row first.</source>
        <translation>Pilih baris produsen terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down: {producer}</source>
        <translation>Rincian: {producer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load the assessments first.</source>
        <translation>Muat penilaian terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drawing the check sample</source>
        <translation>Menarik sampel pemeriksaan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>The check sample is empty: no producers loaded.</source>
        <translation>Sampel pemeriksaan kosong: tidak ada produsen yang dimuat.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the field report</source>
        <translation>Simpan laporan lapangan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Writing the field report</source>
        <translation>Menulis laporan lapangan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open {path} in the PDF viewer</source>
        <translation>Buka {path} di penampil PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Collection {id} is ready: load the assessments to see it.</source>
        <translation>Koleksi {id} sudah siap: muat penilaian untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>{n} collections are ready: load the assessments to see them.</source>
        <translation>{n} koleksi sudah siap: muat penilaian untuk melihatnya.</translation>
    </message>
    <message>
        <source>Total Producers</source>
        <translation type="obsolete">Total produsen</translation>
    </message>
    <message>
        <source>Producers per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation type="obsolete">Produsen per kelas risiko negara UE (Peraturan Pelaksana (UE) 2025/1093) dan porsi operator yang diperiksa otoritas berwenang setiap tahun.</translation>
    </message>
    <message>
        <source>{n} DDS layer(s) added.</source>
        <translation type="obsolete">{n} layer DDS ditambahkan.</translation>
    </message>
    <message>
        <source>Second opinion: NON_COMPLIANT</source>
        <translation type="obsolete">Pendapat kedua: NON_COMPLIANT</translation>
    </message>
    <message>
        <source>Second opinion: NEEDS_REVIEW</source>
        <translation type="obsolete">Pendapat kedua: NEEDS_REVIEW</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The QGIS authentication system is not available: open Settings &gt; Options &gt; Authentication and set a master password.</source>
        <translation>Sistem autentikasi QGIS tidak tersedia: buka Settings &gt; Options &gt; Authentication dan tetapkan kata sandi induk (master password).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Unknown login kind {kind}</source>
        <translation>Jenis login {kind} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Enter both the email (or user id) and the password (or API key).</source>
        <translation>Masukkan email (atau user id) dan kata sandi (atau API key).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>QGIS could not store the credentials (is the master password set?).</source>
        <translation>QGIS tidak dapat menyimpan kredensial (apakah kata sandi induk sudah ditetapkan?).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>No Epoch login configured: pick or create an authentication configuration.</source>
        <translation>Belum ada login Epoch yang dikonfigurasi: pilih atau buat konfigurasi autentikasi.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>Konfigurasi autentikasi &apos;{authcfg}&apos; tidak ditemukan atau tidak dapat didekripsi (periksa kata sandi induk QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; Epoch needs a Basic configuration (email and password, or user id and API key).</source>
        <translation>Konfigurasi autentikasi &apos;{name}&apos; menggunakan metode {method}; Epoch memerlukan konfigurasi Basic (email dan kata sandi, atau user id dan API key).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The authentication configuration has an empty user name or password.</source>
        <translation>Konfigurasi autentikasi memiliki nama pengguna atau kata sandi yang kosong.</translation>
    </message>
</context>
<context>
    <name>ChangeStyles</name>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status worse</source>
        <translation>Status memburuk</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>New producer</source>
        <translation>Produsen baru</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer gone</source>
        <translation>Produsen hilang</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Same status, figures changed</source>
        <translation>Status sama, angka berubah</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status better</source>
        <translation>Status membaik</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change (label)</source>
        <translation>Perubahan (label)</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>What changed</source>
        <translation>Apa yang berubah</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Collection</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status before</source>
        <translation>Status sebelumnya</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status now</source>
        <translation>Status sekarang</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank before</source>
        <translation>Peringkat risiko sebelumnya</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank now</source>
        <translation>Peringkat risiko sekarang</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots before</source>
        <translation>Petak tidak patuh sebelumnya</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots now</source>
        <translation>Petak tidak patuh sekarang</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots</source>
        <translation>Petak tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % before</source>
        <translation>% tidak patuh sebelumnya</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % now</source>
        <translation>% tidak patuh sekarang</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC %</source>
        <translation>% tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 before</source>
        <translation>Pasal 10 sebelumnya</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 now</source>
        <translation>Pasal 10 sekarang</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10</source>
        <translation>Pasal 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Draw order</source>
        <translation>Urutan gambar</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Matched by</source>
        <translation>Dicocokkan menurut</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with</source>
        <translation>Dibandingkan dengan</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots {before} → {after}</source>
        <translation>Petak tidak patuh {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % {before} → {after}</source>
        <translation>% tidak patuh {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 {before} → {after}</source>
        <translation>Pasal 10 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>was {status}</source>
        <translation>sebelumnya {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the load kept as {snapshot}</source>
        <translation>Dibandingkan dengan pemuatan yang disimpan sebagai {snapshot}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the layer {layer}</source>
        <translation>Dibandingkan dengan layer {layer}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with {what}</source>
        <translation>Dibandingkan dengan {what}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{producer} ({commodity}, {country})</source>
        <translation>{producer} ({commodity}, {country})</translation>
    </message>
    <message>
        <source>new: {status}</source>
        <translation type="obsolete">baru: {status}</translation>
    </message>
    <message>
        <source>gone (was {status})</source>
        <translation type="obsolete">hilang (sebelumnya {status})</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No producer worse since {since}</source>
        <translation>Tidak ada produsen yang memburuk sejak {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer worse since {since}</source>
        <translation>1 produsen memburuk sejak {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers worse since {since}</source>
        <translation>{n} produsen memburuk sejak {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producer since {since}.</source>
        <translation>Tidak ada perubahan pada {n} produsen sejak {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producers since {since}.</source>
        <translation>Tidak ada perubahan pada {n} produsen sejak {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>1 produsen berubah sejak {since}: {worse} memburuk, {better} membaik, {new} baru, {gone} hilang, {other} dengan angka lain yang berubah ({both} di kedua pemuatan).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>{n} produsen berubah sejak {since}: {worse} memburuk, {better} membaik, {new} baru, {gone} hilang, {other} dengan angka lain yang berubah ({both} di kedua pemuatan).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>NC plots up for {plots_up}, down for {plots_down}; NC % up for {percent_up}, down for {percent_down}; Article 10 risk changed for {article10}.</source>
        <translation>Petak tidak patuh naik untuk {plots_up}, turun untuk {plots_down}; % tidak patuh naik untuk {percent_up}, turun untuk {percent_down}; risiko Pasal 10 berubah untuk {article10}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The loads were filtered differently (then: {then}; now: {now}): producers outside a filter show as new or gone.</source>
        <translation>Kedua pemuatan difilter secara berbeda (saat itu: {then}; sekarang: {now}): produsen di luar suatu filter tampil sebagai baru atau hilang.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>no filter</source>
        <translation>tanpa filter</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that reason alone.</source>
        <translation>Periode pemantauan berbeda (saat itu: {then}; sekarang: {now}): angka tidak patuh bisa bergeser karena alasan itu saja.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>the default window</source>
        <translation>periode bawaan</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes_task.py"/>
        <source>Changes since {when}</source>
        <translation>Perubahan sejak {when}</translation>
    </message>
    <message>
        <source>The monitoring windows differ (then {then_start} to {then_end}; now {now_start} to {now_end}): NC figures may move for that reason alone.</source>
        <translation type="obsolete">Periode pemantauan berbeda (saat itu {then_start} s.d. {then_end}; sekarang {now_start} s.d. {now_end}): angka tidak patuh dapat bergeser karena hal itu saja.</translation>
    </message>
    <message>
        <source>default</source>
        <translation type="obsolete">bawaan</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">hari ini</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since {day}</source>
        <translation>1 produsen memburuk sejak {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since {day}</source>
        <translation>{n} produsen memburuk sejak {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since the earlier load</source>
        <translation>1 produsen memburuk sejak pemuatan sebelumnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since the earlier load</source>
        <translation>{n} produsen memburuk sejak pemuatan sebelumnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since {day}</source>
        <translation>1 produsen berubah sejak {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since {day}</source>
        <translation>{n} produsen berubah sejak {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since the earlier load</source>
        <translation>1 produsen berubah sejak pemuatan sebelumnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since the earlier load</source>
        <translation>{n} produsen berubah sejak pemuatan sebelumnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since {day}</source>
        <translation>Tidak ada perubahan sejak {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since the earlier load</source>
        <translation>Tidak ada perubahan sejak pemuatan sebelumnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>worse: {worse} · better: {better} · new: {new} · gone: {gone}</source>
        <translation>memburuk: {worse} · membaik: {better} · baru: {new} · hilang: {gone}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>The earlier load to compare the assessments shown with (kept in the results file).</source>
        <translation>Pemuatan sebelumnya yang menjadi pembanding penilaian yang ditampilkan (disimpan di berkas hasil).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Show changes</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>A layer of what changed since that load: worse in red, better in green, new, gone, NC plots and Article 10 risk moved.</source>
        <translation>Layer berisi apa yang berubah sejak pemuatan itu: memburuk berwarna merah, membaik berwarna hijau, baru, hilang, serta perubahan petak tidak patuh dan risiko Pasal 10.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes since</source>
        <translation>Perubahan sejak</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Earlier loads kept in the results file for Changes since: the last N loads, newer than D days (0 = no limit). Older ones are deleted at the next load; the {n} latest are always kept.</source>
        <translation>Pemuatan sebelumnya yang disimpan di berkas hasil untuk Perubahan sejak: N pemuatan terakhir, yang lebih baru dari D hari (0 = tanpa batas). Yang lebih lama dihapus pada pemuatan berikutnya; {n} yang terbaru selalu disimpan.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Loads kept:</source>
        <translation>Pemuatan yang disimpan:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Days kept:</source>
        <translation>Hari disimpan:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes not computed: {reason}</source>
        <translation>Perubahan tidak dihitung: {reason}</translation>
    </message>
    <message>
        <source> loads</source>
        <translation type="obsolete"> pemuatan</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="obsolete"> hari</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="obsolete">Simpan</translation>
    </message>
    <message>
        <source>within</source>
        <translation type="obsolete">terakhir, dalam</translation>
    </message>
    <message>
        <source>the earlier load</source>
        <translation type="obsolete">pemuatan sebelumnya</translation>
    </message>
</context>
<context>
    <name>CheckSample</name>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Risk-based check sample (EU country benchmarking)</source>
        <translation>Sampel pemeriksaan berbasis risiko (benchmarking negara UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Picks the producers a competent authority checks, from an assessments layer (e.g. the output of fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.</source>
        <translation>Memilih produsen yang diperiksa oleh otoritas berwenang, dari layer penilaian (misalnya keluaran fetch_assessments): per kelas risiko negara UE (Peraturan Pelaksana (UE) 2025/1093) sedikitnya porsi menurut Peraturan (UE) 2023/1115, Pasal 16 (9 % tinggi, 3 % standar, 1 % rendah; dibulatkan ke atas, minimal satu per kelas), risiko Epoch tertinggi lebih dulu (peringkat risiko, lalu luas tidak patuh, lalu petak tidak patuh). Produsen yang negaranya tidak diketahui diambil sampelnya dengan porsi standar. SEED menentukan urutan nilai yang setara dan menarik RANDOM_SHARE dari setiap kelas secara acak: seed yang sama menghasilkan sampel yang sama. Menulis setiap baris produsen terpilih dengan eu_country_risk, eu_check_share, sample_order dan sample_reason. Tanpa server.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producer assessments</source>
        <translation>Penilaian produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Seed (ties and random picks)</source>
        <translation>Seed (nilai setara dan pilihan acak)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Share of each class drawn at random (0 to 1)</source>
        <translation>Porsi setiap kelas yang ditarik acak (0 sampai 1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Check sample</source>
        <translation>Sampel pemeriksaan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producers picked per class</source>
        <translation>Produsen terpilih per kelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Rows picked</source>
        <translation>Baris terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Per class: risk, share, population, picked (JSON)</source>
        <translation>Per kelas: risiko, porsi, populasi, terpilih (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>No input layer.</source>
        <translation>Tidak ada layer masukan.</translation>
    </message>
</context>
<context>
    <name>CheckSampleWords</name>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>high risk</source>
        <translation>risiko tinggi</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>standard risk</source>
        <translation>risiko standar</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>low risk</source>
        <translation>risiko rendah</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>unknown country</source>
        <translation>negara tidak diketahui</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation>{risk}: {picked} dari {population} ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation>Sampel pemeriksaan (seed {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>no producers</source>
        <translation>tidak ada produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producer</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producers</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} row</source>
        <translation>{n} baris</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} rows</source>
        <translation>{n} baris</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../processing_provider/choices.py"/>
        <source>{parameter}: &apos;{value}&apos; is not one of its choices: {choices} (give the name or the number).</source>
        <translation>{parameter}: &apos;{value}&apos; bukan salah satu pilihannya: {choices} (berikan nama atau nomornya).</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or EPOCH_API_KEY and EPOCH_USER_ID.</source>
        <translation>Hanya {names} yang ditetapkan: tetapkan EPOCH_EMAIL dan EPOCH_PASSWORD, atau EPOCH_API_KEY dan EPOCH_USER_ID.</translation>
    </message>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>No Epoch login: give an authentication configuration (AUTHCFG), or set EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID).</source>
        <translation>Tidak ada login Epoch: berikan konfigurasi autentikasi (AUTHCFG), atau tetapkan EPOCH_EMAIL dan EPOCH_PASSWORD (atau EPOCH_API_KEY dan EPOCH_USER_ID).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>EU country risk</source>
        <translation>Risiko negara UE</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC Plots</source>
        <translation>Petak tidak patuh</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC %</source>
        <translation>% tidak patuh</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Article 10</source>
        <translation>Pasal 10</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Plot</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>2nd opinion</source>
        <translation>Pendapat ke-2</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Area (ha)</source>
        <translation>Luas (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC area (ha)</source>
        <translation>Luas tidak patuh (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Disagree</source>
        <translation>Beda</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Facility ID</source>
        <translation>ID fasilitas</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Comm. Presence</source>
        <translation>Kbr. komoditas</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Building</source>
        <translation>Bangunan</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Road</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Port</source>
        <translation>Pelabuhan</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>High Density</source>
        <translation>Kepadatan tinggi</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer Name</source>
        <translation>Nama produsen</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Confirmed</source>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Protected area</source>
        <translation>Kawasan lindung</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Deforestation (ha)</source>
        <translation>Deforestasi (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Source feature</source>
        <translation>Fitur sumber</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data error</source>
        <translation>Kesalahan data</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data note</source>
        <translation>Catatan data</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers worse</source>
        <translation>Produsen memburuk</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers better</source>
        <translation>Produsen membaik</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>New producers</source>
        <translation>Produsen baru</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers gone</source>
        <translation>Produsen hilang</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Same status, figures changed</source>
        <translation>Status sama, angka berubah</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>CURRENT: choose the assessments layer to compare</source>
        <translation>CURRENT: pilih layer penilaian yang akan dibandingkan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer.</source>
        <translation>SNAPSHOT: snapshot disimpan di GeoPackage tempat penilaian dimuat; CURRENT bukan layer utuh dari sebuah GeoPackage. Pilih layer tersebut sebagai CURRENT, atau berikan layer EARLIER.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Comparing {layer} with the snapshot of {snapshot}</source>
        <translation>Membandingkan {layer} dengan snapshot {snapshot}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compare assessments (changes since an earlier load)</source>
        <translation>Bandingkan penilaian (perubahan sejak pemuatan sebelumnya)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Monitoring</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT kept in CURRENT&apos;s GeoPackage (every load of assessments keeps one). SNAPSHOT: &apos;previous&apos; (the load before the current one), &apos;latest&apos;, &apos;oldest&apos;, a snapshot id such as 20261102T101500, or a day (YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or better (by risk_rank), or &apos;changed&apos; (same status; NC plots, NC % or Article 10 risk moved), with the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.</source>
        <translation>Membandingkan penilaian CURRENT dengan pemuatan sebelumnya: layer EARLIER bila diberikan, jika tidak SNAPSHOT yang disimpan di GeoPackage milik CURRENT (setiap pemuatan penilaian menyimpan satu). SNAPSHOT: &apos;previous&apos; (pemuatan sebelum yang sekarang), &apos;latest&apos;, &apos;oldest&apos;, id snapshot seperti 20261102T101500, atau suatu hari (YYYY-MM-DD: snapshot terakhir yang diambil pada hari itu atau sebelumnya). Produsen dicocokkan menurut collection_id, jika tidak menurut perusahaan, komoditas dan negara. OUTPUT berisi satu titik per perubahan: baru, hilang, memburuk atau membaik (menurut risk_rank), atau &apos;changed&apos; (status sama; petak tidak patuh, % tidak patuh atau risiko Pasal 10 bergeser), dengan nilai sebelum dan sesudah; memburuk berwarna merah, membaik berwarna hijau. SUMMARY berupa satu baris; WORSE, BETTER, NEW, GONE dan CHANGED berupa jumlah, untuk model atau eksekusi qgis_process terjadwal. Tanpa jaringan.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Current assessments</source>
        <translation>Penilaian saat ini</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier assessments (layer)</source>
        <translation>Penilaian sebelumnya (layer)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier snapshot, when no EARLIER layer (previous, latest, oldest, an id or a day)</source>
        <translation>Snapshot sebelumnya, bila tanpa layer EARLIER (previous, latest, oldest, id atau hari)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Include unchanged producers</source>
        <translation>Sertakan produsen yang tidak berubah</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Headline (producers worse since ...)</source>
        <translation>Judul (produsen memburuk sejak ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compared with</source>
        <translation>Dibandingkan dengan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Every count (JSON)</source>
        <translation>Semua jumlah (JSON)</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Production (epoch-sco2-api.com)</source>
        <translation>Produksi (epoch-sco2-api.com)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sandbox (local, synthetic results)</source>
        <translation>Sandbox (lokal, hasil sintetis)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Custom URL</source>
        <translation>URL khusus</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sign in with {login} / {password}.</source>
        <translation>Masuk dengan {login} / {password}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login (stored in the QGIS authentication database)</source>
        <translation>Login (disimpan di basis data autentikasi QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email and password</source>
        <translation>Email dan kata sandi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key and user id</source>
        <translation>API key dan user id</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Save as new login</source>
        <translation>Simpan sebagai login baru</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>User id</source>
        <translation>User id</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login saved as QGIS authentication configuration {authcfg}.</source>
        <translation>Login disimpan sebagai konfigurasi autentikasi QGIS {authcfg}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connecting to {url} ...</source>
        <translation>Menghubungkan ke {url} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connected to {url} as {identity}.</source>
        <translation>Terhubung ke {url} sebagai {identity}.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cancelled by the user.</source>
        <translation>Dibatalkan oleh pengguna.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not signed in: add Epoch credentials first.</source>
        <translation>Belum masuk: tambahkan kredensial Epoch terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The secure connection to {host} failed (certificate not trusted?). Check the server address, or set the CA bundle your organisation uses.</source>
        <translation>Koneksi aman ke {host} gagal (sertifikat tidak dipercaya?). Periksa alamat server, atau tetapkan CA bundle yang digunakan organisasi Anda.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The proxy refused the connection to {host}: check QGIS&apos;s proxy settings.</source>
        <translation>Proxy menolak koneksi ke {host}: periksa pengaturan proxy QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations at once.</source>
        <translation>{host} tidak menjawab {path} dalam {seconds} detik. Coba lagi nanti, atau kirim lebih sedikit lokasi sekaligus.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Could not reach {host} ({error}) after {tries} tries. Check your internet connection and the server address.</source>
        <translation>{host} tidak dapat dijangkau ({error}) setelah {tries} kali percobaan. Periksa koneksi internet dan alamat server.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The request to {host} for {path} failed ({error}). Check the server address and try again.</source>
        <translation>Permintaan ke {host} untuk {path} gagal ({error}). Periksa alamat server lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s (the overall limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.</source>
        <translation>{host} tidak menjawab {path} dalam {seconds} detik (batas keseluruhan satu permintaan, ditetapkan oleh EPOCH_REQUEST_DEADLINE_S): penantian dihentikan. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the credentials (expired or wrong). Sign in again in the Connection tab{suffix}</source>
        <translation>Epoch menolak kredensial (kedaluwarsa atau salah). Masuk kembali di tab Koneksi{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>This account is not allowed to use {path}{suffix}</source>
        <translation>Akun ini tidak diizinkan menggunakan {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in a few minutes{suffix}</source>
        <translation>Epoch membatasi permintaan dari akun ini; coba lagi dalam beberapa menit{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in {seconds} s{suffix}</source>
        <translation>Epoch membatasi permintaan dari akun ini; coba lagi dalam {seconds} detik{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Epoch server failed on {path} (HTTP {status}); try again later{suffix}</source>
        <translation>Server Epoch gagal pada {path} (HTTP {status}); coba lagi nanti{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path}{suffix}</source>
        <translation>Epoch menolak permintaan ke {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path} (no reason given)</source>
        <translation>Epoch menolak permintaan ke {path} (tanpa alasan)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Unexpected answer HTTP {status} from {path}{suffix}</source>
        <translation>Jawaban tak terduga HTTP {status} dari {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Nothing to submit: select at least one screened location</source>
        <translation>Tidak ada yang diajukan: pilih sedikitnya satu lokasi yang sudah ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Give the collection a name before submitting</source>
        <translation>Beri nama koleksi sebelum mengajukan</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection id: pick an assessed producer first</source>
        <translation>Tidak ada id koleksi: pilih produsen yang sudah dinilai terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection to export: pick an assessed producer</source>
        <translation>Tidak ada koleksi untuk diekspor: pilih produsen yang sudah dinilai</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: only GeoJSON, CSV or XLSX files can be screened</source>
        <translation>{name}: hanya berkas GeoJSON, CSV atau XLSX yang dapat ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})</source>
        <translation>{name}: {text} bukan tanggal; tuliskan sebagai YYYY-MM-DD (misalnya {example})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end on or after its start</source>
        <translation>{end_name} ({last}) lebih awal dari {start_name} ({first}): periode pemantauan harus berakhir pada atau setelah awalnya</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; is not a server address: use a full URL such as {example}</source>
        <translation>&apos;{text}&apos; bukan alamat server: gunakan URL lengkap seperti {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; uses plain http: credentials would travel unencrypted. Use https (plain http is only allowed for a server on this machine, such as the sandbox).</source>
        <translation>&apos;{text}&apos; menggunakan http biasa: kredensial akan dikirim tanpa enkripsi. Gunakan https (http biasa hanya diizinkan untuk server di komputer ini, seperti sandbox).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; must not contain &apos;?&apos; or &apos;#&apos;: give only the server address</source>
        <translation>&apos;{text}&apos; tidak boleh berisi &apos;?&apos; atau &apos;#&apos;: berikan alamat server saja</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The commodity radius must be a number of metres above 0 and at most 100,000 (not {value}); leave it empty for Epoch&apos;s default of 5,000 m.</source>
        <translation>Radius komoditas harus berupa angka meter di atas 0 dan paling banyak 100.000 (bukan {value}); biarkan kosong untuk memakai bawaan Epoch, 5.000 m.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No geometry: draw the plot or give its location.</source>
        <translation>Tidak ada geometri: gambar petak atau berikan lokasinya.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The geometry is empty: draw the plot again.</source>
        <translation>Geometri kosong: gambar ulang petak.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a GeometryCollection of these.</source>
        <translation>{kind} tidak diterima: hanya Point, MultiPoint, Polygon, MultiPolygon dan GeometryCollection dari jenis-jenis tersebut.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in EPSG:4326 or longitude and latitude are swapped.</source>
        <translation>Koordinat di luar bujur -180..180 / lintang -90..90: layer tidak dalam EPSG:4326 atau bujur dan lintang tertukar.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Has {what} values; the EU file is 2D (they are dropped).</source>
        <translation>Memiliki nilai {what}; berkas UE berformat 2D (nilai tersebut dibuang).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6).</source>
        <translation>{share:.0%} koordinat memiliki kurang dari 6 desimal (UE meminta 6).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} vertices collapse into their neighbour when cut to 6 decimals{after}.</source>
        <translation>{count} verteks menyatu dengan tetangganya bila dipotong menjadi 6 desimal{after}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The outline crosses itself ({reason}); fix it or apply &apos;make valid&apos;.</source>
        <translation>Garis batas memotong dirinya sendiri ({reason}); perbaiki atau terapkan &apos;make valid&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Invalid geometry: {reason}.</source>
        <translation>Geometri tidak valid: {reason}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring has fewer than 4 positions (or is collinear): not a polygon.</source>
        <translation>Sebuah ring memiliki kurang dari 4 posisi (atau segaris): bukan poligon.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole.</source>
        <translation>Lubang di petak: {count}; UE hanya membaca ring luar: pecah petak di sekitar setiap lubang.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} separate polygons in one feature: the EU expects one polygon per plot.</source>
        <translation>{count} poligon terpisah dalam satu fitur: UE mengharapkan satu poligon per petak.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw the plot as a polygon.</source>
        <translation>{feature}: titik mewakili petak seluas paling banyak 4 ha, tetapi Area bernilai {area} ha: gambar petak sebagai poligon.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point without Area is taken as 4 ha{hint}: give its Area in hectares.</source>
        <translation>{feature}: titik tanpa Area dianggap 4 ha{hint}: berikan Area-nya dalam hektare.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number.</source>
        <translation>{feature}: Area berupa teks {value!r}; UE membaca teks sebagai 0: ubah menjadi angka.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area {area} ha is below the EU minimum of 0.0001 ha.</source>
        <translation>{feature}: Area {area} ha di bawah batas minimum UE sebesar 0,0001 ha.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: correct the Area or the outline.</source>
        <translation>{feature}: Area menyebut {declared} ha tetapi petak yang digambar berukuran {measured} ha: perbaiki Area atau garis batasnya.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat} is beyond 90, so &apos;{lat_field}&apos; and &apos;{lon_field}&apos; look swapped: read as longitude {lon_read}, latitude {lat_read}.</source>
        <translation>Lintang {lat} melebihi 90, jadi &apos;{lat_field}&apos; dan &apos;{lon_field}&apos; tampaknya tertukar: dibaca sebagai bujur {lon_read}, lintang {lat_read}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code.</source>
        <translation>ProducerCountry {problem}: berikan kode ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry is {given} but the plot lies in {found}.</source>
        <translation>ProducerCountry bernilai {given} tetapi petak terletak di {found}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{area:,.0f} ha is over Epoch&apos;s API limit of 100,000 ha per plot (the EU sets no area limit: the TRACES export accepts it).</source>
        <translation>{area:,.0f} ha melebihi batas API Epoch sebesar 100.000 ha per petak (UE tidak menetapkan batas luas: ekspor TRACES menerimanya).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring&apos;s last position is not its first: the EU system refuses the file as uploaded (QGIS and GDAL close it silently on reading).</source>
        <translation>Posisi terakhir sebuah ring tidak sama dengan posisi pertamanya: sistem UE menolak berkas sebagaimana diunggah (QGIS dan GDAL menutupnya secara diam-diam saat membaca).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Point&apos;s coordinates are written [[x, y]]; the EU expects one position [x, y] (QGIS reads it anyway, the EU system does not).</source>
        <translation>Koordinat Point ditulis [[x, y]]; UE mengharapkan satu posisi [x, y] (QGIS tetap membacanya, sistem UE tidak).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The property {given!r} is ignored by the EU system: its name is {proper!r} (names are case-sensitive).</source>
        <translation>Properti {given!r} diabaikan oleh sistem UE: namanya {proper!r} (nama peka huruf besar/kecil).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>ProducerCountry {given!r} bukan kode negara ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The plot lies in no country: are longitude and latitude swapped, or is it at sea?</source>
        <translation>Petak tidak terletak di negara mana pun: apakah bujur dan lintang tertukar, atau petak berada di laut?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Same geometry as feature {other}: the same plot twice?</source>
        <translation>Geometri sama dengan fitur {other}: petak yang sama dua kali?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is outside the viable range for {commodity}.</source>
        <translation>Lintang {lat:.2f} berada di luar rentang yang layak untuk {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is beyond where {commodity} is grown.</source>
        <translation>Lintang {lat:.2f} melampaui wilayah tempat {commodity} dibudidayakan.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is not a known {commodity}-producing country.</source>
        <translation>{country} bukan negara penghasil {commodity} yang dikenal.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is {risk} risk in the EU country benchmarking (Implementing Regulation (EU) 2025/1093): competent authorities check at least {share} % of its operators.</source>
        <translation>{country} termasuk kelas risiko {risk} dalam benchmarking negara UE (Peraturan Pelaksana (UE) 2025/1093): otoritas berwenang memeriksa sedikitnya {share} % operatornya.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>standard</source>
        <translation>standar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, which makes it invalid ({reason})</source>
        <translation>, sehingga geometrinya tidak valid ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> (the field {name} is ignored: the EU reads only &apos;Area&apos;)</source>
        <translation> (kolom {name} diabaikan: UE hanya membaca &apos;Area&apos;)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{value} is not a two-letter code</source>
        <translation>{value} bukan kode dua huruf</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>is missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>High Risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Medium Risk</source>
        <translation>Risiko sedang</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not Assessable</source>
        <translation>Tidak dapat dinilai</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Compliant</source>
        <translation>Patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Non-Compliant</source>
        <translation>Tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Data Error</source>
        <translation>Kesalahan data</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment</source>
        <translation>{n} penilaian produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments</source>
        <translation>{n} penilaian produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot</source>
        <translation>{n} petak</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots</source>
        <translation>{n} petak</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility</source>
        <translation>{n} fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities</source>
        <translation>{n} fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} feature</source>
        <translation>{n} fitur</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features</source>
        <translation>{n} fitur</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outline</source>
        <translation>{n} batas wilayah pasokan</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outlines</source>
        <translation>{n} batas wilayah pasokan</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facility</source>
        <translation>{n} fasilitas diperiksa</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facilities</source>
        <translation>{n} fasilitas diperiksa</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality source</source>
        <translation>{n} sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality sources</source>
        <translation>{n} sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened</source>
        <translation>{n} petak ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened</source>
        <translation>{n} petak ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened: {statuses}</source>
        <translation>{n} petak ditapis: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened: {statuses}</source>
        <translation>{n} petak ditapis: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened</source>
        <translation>{n} fasilitas ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened</source>
        <translation>{n} fasilitas ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened: {statuses}</source>
        <translation>{n} fasilitas ditapis: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened: {statuses}</source>
        <translation>{n} fasilitas ditapis: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded</source>
        <translation>{n} penilaian produsen dimuat</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded</source>
        <translation>{n} penilaian produsen dimuat</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded: {statuses}</source>
        <translation>{n} penilaian produsen dimuat: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded: {statuses}</source>
        <translation>{n} penilaian produsen dimuat: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded</source>
        <translation>{n} petak dimuat</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded</source>
        <translation>{n} petak dimuat</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded: {statuses}</source>
        <translation>{n} petak dimuat: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded: {statuses}</source>
        <translation>{n} petak dimuat: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Include deforestation</source>
        <translation>Sertakan deforestasi</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Article 10 legality check</source>
        <translation>Pemeriksaan legalitas Pasal 10</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check road access</source>
        <translation>Periksa akses jalan</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check water access</source>
        <translation>Periksa akses air</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check port proximity</source>
        <translation>Periksa kedekatan pelabuhan</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Legality sources (Article 10)</source>
        <translation>Sumber legalitas (Pasal 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cocoa</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coffee</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Palm</source>
        <translation>Kelapa sawit</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Rubber</source>
        <translation>Karet</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Soy</source>
        <translation>Kedelai</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Timber</source>
        <translation>Kayu</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cattle</source>
        <translation>Sapi</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no geometry: draw the plot or give its location</source>
        <translation>geometri null: gambar petak atau berikan lokasinya</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an empty geometry: draw the plot again</source>
        <translation>geometri kosong: gambar ulang petak</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a geometry type the EU does not accept (only points and polygons)</source>
        <translation>jenis geometri yang tidak diterima UE (hanya titik dan poligon)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates outside longitude/latitude: not EPSG:4326, or longitude and latitude swapped</source>
        <translation>koordinat di luar bujur/lintang: bukan EPSG:4326, atau bujur dan lintang tertukar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Z or M values: the EU file is 2D (they are dropped)</source>
        <translation>nilai Z atau M: berkas UE berformat 2D (nilai tersebut dibuang)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates with fewer than the 6 decimals the EU asks for</source>
        <translation>koordinat dengan kurang dari 6 desimal yang diminta UE</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>vertices that collapse when cut to 6 decimals</source>
        <translation>verteks yang menyatu bila dipotong menjadi 6 desimal</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an outline that crosses itself: fix it or apply &apos;make valid&apos;</source>
        <translation>garis batas yang memotong dirinya sendiri: perbaiki atau terapkan &apos;make valid&apos;</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an invalid geometry</source>
        <translation>geometri tidak valid</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring with fewer than 4 positions: not a polygon</source>
        <translation>ring dengan kurang dari 4 posisi: bukan poligon</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>holes: the EU reads only the outer ring</source>
        <translation>lubang: UE hanya membaca ring luar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>several polygons in one feature: the EU expects one polygon per plot</source>
        <translation>beberapa poligon: UE mengharapkan satu poligon per petak</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point for a plot over 4 ha: draw it as a polygon</source>
        <translation>titik untuk petak lebih dari 4 ha: gambar sebagai poligon</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point without Area, taken as 4 ha: give its Area in hectares</source>
        <translation>titik tanpa Area, dianggap 4 ha: berikan Area-nya dalam hektare</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that is text, which the EU reads as 0: make it a number</source>
        <translation>Area berupa teks, yang dibaca UE sebagai 0: ubah menjadi angka</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area below the EU minimum of 0.0001 ha</source>
        <translation>Area di bawah batas minimum UE sebesar 0,0001 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that differs from the plot drawn</source>
        <translation>Area yang berbeda dari petak yang digambar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>latitude and longitude columns that look swapped</source>
        <translation>kolom lintang dan bujur yang tampaknya tertukar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no ISO 3166-1 alpha-2 ProducerCountry</source>
        <translation>ProducerCountry ISO 3166-1 alpha-2 yang kosong</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry other than the country the plot lies in</source>
        <translation>ProducerCountry yang berbeda dari negara tempat petak terletak</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot over Epoch&apos;s limit of 100,000 ha</source>
        <translation>petak yang melebihi batas Epoch sebesar 100.000 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring that is not closed: the EU system refuses the file</source>
        <translation>ring yang tidak tertutup: sistem UE menolak berkasnya</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point written [[x, y]]: the EU system expects [x, y]</source>
        <translation>titik yang ditulis [[x, y]]: sistem UE mengharapkan [x, y]</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a property the EU system ignores because of its upper/lower case</source>
        <translation>properti yang diabaikan sistem UE karena huruf besar/kecilnya</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry that is not an ISO 3166-1 alpha-2 code</source>
        <translation>ProducerCountry yang bukan kode ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot that lies in no country (swapped coordinates, or at sea?)</source>
        <translation>petak yang tidak terletak di negara mana pun (koordinat tertukar, atau di laut?)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>the same geometry as another feature</source>
        <translation>geometri yang sama dengan fitur lain</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude outside the viable range for the commodity</source>
        <translation>lintang di luar rentang yang layak untuk komoditas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude beyond where the commodity is grown</source>
        <translation>lintang yang melampaui wilayah budi daya komoditas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country not known to produce the commodity</source>
        <translation>negara yang tidak dikenal sebagai penghasil komoditas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country of standard or high risk in the EU benchmarking (checked more often)</source>
        <translation>negara berisiko standar atau tinggi dalam benchmarking UE (lebih sering diperiksa)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature with {issue}</source>
        <translation>1 fitur dengan {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features with {issue}</source>
        <translation>{n} fitur dengan {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature would be refused by the EU system: fix it before the upload.</source>
        <translation>1 fitur akan ditolak oleh sistem UE: perbaiki sebelum diunggah.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features would be refused by the EU system: fix them before the upload.</source>
        <translation>{n} fitur akan ditolak oleh sistem UE: perbaiki sebelum diunggah.</translation>
    </message>
    <message>
        <source>{count} hole(s): the EU reads only the outer ring; split the plot around each hole.</source>
        <translation type="obsolete">{count} lubang: UE hanya membaca ring luar; pecah petak di sekitar setiap lubang.</translation>
    </message>
    <message>
        <source>{count} screened</source>
        <translation type="obsolete">{count} ditapis</translation>
    </message>
    <message>
        <source>{count} loaded</source>
        <translation type="obsolete">{count} dimuat</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Screening</source>
        <translation>Penapisan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU Information System: due diligence statements and the verify register</source>
        <translation>Sistem Informasi UE: pernyataan uji tuntas dan register verifikasi</translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>ZIP files</source>
        <translation>Berkas ZIP</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>{path}: {files} files, {size} bytes</source>
        <translation>{path}: {files} berkas, {size} byte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>&apos;{producer}&apos; (collection {id}) is Not Assessable ({reason}): it has no DDS to export; nothing was downloaded. Leave it out of COLLECTION_IDS.</source>
        <translation>&apos;{producer}&apos; (koleksi {id}) Tidak dapat dinilai ({reason}): tidak ada DDS untuk diekspor; tidak ada yang diunduh. Keluarkan dari COLLECTION_IDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Download Due Diligence Statement (ZIP)</source>
        <translation>Unduh Pernyataan Uji Tuntas (ZIP)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Downloads the DDS package of one or more collections (comma-separated ids). The file is written only once complete and verified; an existing file is kept if anything fails. A collection the server does not know, or a Not Assessable one (it has no DDS), is refused before anything is downloaded.</source>
        <translation>Mengunduh paket DDS dari satu atau beberapa koleksi (id dipisahkan koma). Berkas baru ditulis setelah lengkap dan terverifikasi; berkas yang sudah ada dipertahankan jika terjadi kegagalan. Koleksi yang tidak dikenal server, atau yang Tidak dapat dinilai (tidak memiliki DDS), ditolak sebelum ada yang diunduh.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Collection ids (comma-separated)</source>
        <translation>Id koleksi (dipisahkan koma)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>DDS ZIP</source>
        <translation>ZIP DDS</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Files in the ZIP</source>
        <translation>Berkas dalam ZIP</translation>
    </message>
</context>
<context>
    <name>EpochAlgorithm</name>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Epoch API</source>
        <translation>Epoch API</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server URL. Empty: $EPOCH_API_URL if set, else the production API.</source>
        <translation>URL server. Kosong: $EPOCH_API_URL jika ditetapkan, jika tidak API produksi.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation>Autentikasi</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment.</source>
        <translation>Konfigurasi autentikasi QGIS (Basic: email + kata sandi, atau user id + API key). Kosong: EPOCH_EMAIL/EPOCH_PASSWORD atau EPOCH_API_KEY/EPOCH_USER_ID dari lingkungan (environment).</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Could not write the output: {error}</source>
        <translation>Keluaran tidak dapat ditulis: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Processing</source>
        <translation>Pengolahan</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>No collection &apos;{id}&apos; on {server}: no producer assessment has this id (a typo, another account or server, or a batch not processed yet). Run epoch_eudr:fetch_assessments and copy the id from its collection_id column.</source>
        <translation>Tidak ada koleksi &apos;{id}&apos; di {server}: tidak ada penilaian produsen dengan id ini (salah ketik, akun atau server lain, atau batch yang belum diproses). Jalankan epoch_eudr:fetch_assessments dan salin id dari kolom collection_id-nya.</translation>
    </message>
</context>
<context>
    <name>EuAlgorithm</name>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System</source>
        <translation>Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>acceptance (the Commission&apos;s test system, the default) or production: statements sent to production are legal declarations.</source>
        <translation>acceptance (sistem uji Komisi, bawaan) atau production: pernyataan yang dikirim ke production adalah pernyataan hukum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Server address (empty: the environment&apos;s)</source>
        <translation>Alamat server (kosong: milik lingkungan)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Empty: the environment&apos;s own address. A URL for tests (the fake service on this machine).</source>
        <translation>Kosong: alamat lingkungan itu sendiri. URL untuk pengujian (layanan tiruan di komputer ini).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System login</source>
        <translation>Login Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>QGIS authentication configuration, Basic method: the username and, as password, the authentication key (EU Login profile, Web Services Access). Empty: {user} and {key} from the environment.</source>
        <translation>Konfigurasi autentikasi QGIS, metode Basic: nama pengguna dan, sebagai kata sandi, kunci autentikasi (profil EU Login, Web Services Access). Kosong: {user} dan {key} dari lingkungan (environment).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Statement UUID</source>
        <translation>UUID pernyataan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Reference number</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Verification number</source>
        <translation>Nomor verifikasi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: AVAILABLE, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: AVAILABLE, nomor referensi {reference}, nomor verifikasi {verification}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: REJECTED by the EU Information System: {reasons}</source>
        <translation>{name}: REJECTED oleh Sistem Informasi UE: {reasons}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}; not settled yet: check again with epoch_eudr:eu_dds_status.</source>
        <translation>{name}: SUBMITTED sebagai {uuid}; belum tuntas: periksa lagi dengan epoch_eudr:eu_dds_status.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}. The Commission asks for 30 minutes before the first status check: the plugin checks it then (or run epoch_eudr:eu_dds_status).</source>
        <translation>{name}: SUBMITTED sebagai {uuid}. Komisi meminta jeda 30 menit sebelum pemeriksaan status pertama: plugin memeriksanya saat itu (atau jalankan epoch_eudr:eu_dds_status).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the answer was lost; it was not sent again. epoch_eudr:eu_dds_status looks it up by its internal reference.</source>
        <translation>{name}: jawabannya hilang; pernyataan tidak dikirim ulang. epoch_eudr:eu_dds_status mencarinya berdasarkan referensi internalnya.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: Sistem Informasi UE tidak pernah menerimanya; ajukan lagi.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>EuAmend</name>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The places this statement declared were not read from a GeoPackage, so they were not recorded: choose the layer of production places.</source>
        <translation>Tempat yang dideklarasikan pernyataan ini tidak dibaca dari GeoPackage, sehingga tidak dicatat: pilih layer tempat produksi.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared.</source>
        <translation>Tempat produksi: {table} dari {path}, sesuai yang dideklarasikan.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared (added to the project).</source>
        <translation>Tempat produksi: {table} dari {path}, sesuai yang dideklarasikan (ditambahkan ke proyek).</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement declared the production places of the layer {table} in {path}, which cannot be opened (moved, renamed or deleted?): load that layer, or choose the layer of production places.</source>
        <translation>Pernyataan ini mendeklarasikan tempat produksi dari layer {table} di {path}, yang tidak dapat dibuka (dipindahkan, diganti nama, atau dihapus?): muat layer itu, atau pilih layer tempat produksi.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend the statement {name}</source>
        <translation>Ubah pernyataan {name}</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement&apos;s new content replaces what was sent; its reference and verification numbers stay. Choose the production places and change what needs changing.</source>
        <translation>Isi baru pernyataan menggantikan apa yang telah dikirim; nomor referensi dan nomor verifikasinya tetap. Pilih tempat produksi dan ubah apa yang perlu diubah.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>An amendment cannot change the activity.</source>
        <translation>Perubahan tidak dapat mengganti kegiatan.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend</source>
        <translation>Ubah</translation>
    </message>
</context>
<context>
    <name>EuAmendDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Amend a due diligence statement (EU Information System)</source>
        <translation>Ubah pernyataan uji tuntas (Sistem Informasi UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Replaces the content of a statement submitted earlier (UUID) with a new one built from the same parameters as epoch_eudr:eu_submit_dds: the production places, the commodity line, the operator. The statement keeps its reference number, verification number and internal reference. Only an AVAILABLE statement, within 72 hours of its submission, and with the same activity: otherwise it is refused before anything is sent. Everything the service would refuse in the new content is refused first too. What was sent is kept in the profile and, for a GeoPackage layer, beside the plots.</source>
        <translation>Mengganti isi pernyataan yang diajukan sebelumnya (UUID) dengan isi baru yang dibangun dari parameter yang sama dengan epoch_eudr:eu_submit_dds: tempat produksi, baris komoditas, operator. Pernyataan tetap memiliki nomor referensi, nomor verifikasi, dan referensi internalnya. Hanya pernyataan AVAILABLE, dalam 72 jam setelah pengajuannya, dan dengan kegiatan yang sama: jika tidak, pernyataan ditolak sebelum ada yang dikirim. Segala hal dalam isi baru yang akan ditolak layanan juga ditolak lebih dulu. Apa yang dikirim disimpan di profil dan, untuk layer GeoPackage, di samping petak.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>UUID of the statement to amend</source>
        <translation>UUID pernyataan yang akan diubah</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Give the UUID of the statement to amend.</source>
        <translation>Berikan UUID pernyataan yang akan diubah.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>{name}: amended; reference number {reference}, status {status}.</source>
        <translation>{name}: diubah; nomor referensi {reference}, status {status}.</translation>
    </message>
</context>
<context>
    <name>EuCommon</name>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Save the EU Information System username and authentication key first (or set {user} and {key} in the environment).</source>
        <translation>Simpan dulu nama pengguna dan kunci autentikasi Sistem Informasi UE (atau tetapkan {user} dan {key} di lingkungan).</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{task} failed. {reason}</source>
        <translation>{task} gagal. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Answer lost</source>
        <translation>Jawaban hilang</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Never received</source>
        <translation>Tidak pernah diterima</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Grouped</source>
        <translation>Dikelompokkan</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Obsolete</source>
        <translation>Usang</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: available, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: tersedia, nomor referensi {reference}, nomor verifikasi {verification}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: rejected by the EU Information System: {reasons}</source>
        <translation>{name}: ditolak oleh Sistem Informasi UE: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: submitted, not settled yet; next check at {time}.</source>
        <translation>{name}: diajukan, belum tuntas; pemeriksaan berikutnya: {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: its answer was lost; it was not sent again. Check now looks it up by its internal reference.</source>
        <translation>{name}: jawabannya hilang; tidak dikirim ulang. &apos;Periksa sekarang&apos; mencarinya berdasarkan referensi internalnya.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: Sistem Informasi UE tidak pernah menerimanya; ajukan lagi.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="obsolete">Produksi</translation>
    </message>
    <message>
        <source>Acceptance (test system)</source>
        <translation type="obsolete">Acceptance (sistem uji)</translation>
    </message>
</context>
<context>
    <name>EuConnectionBox</name>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connection to the EU Information System</source>
        <translation>Koneksi ke Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>empty: the environment&apos;s address</source>
        <translation>kosong: alamat lingkungan</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Leave empty to use the environment&apos;s own address. A local address (http://127.0.0.1:...) reaches the fake service for training.</source>
        <translation>Biarkan kosong untuk memakai alamat lingkungan itu sendiri. Alamat lokal (http://127.0.0.1:...) menuju layanan tiruan untuk pelatihan.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Production: every statement submitted is a legal declaration to the EU. Try everything on acceptance first.</source>
        <translation>Produksi: setiap pernyataan yang diajukan adalah pernyataan resmi yang mengikat secara hukum kepada UE. Coba semuanya di acceptance terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Saved login (QGIS authentication database)</source>
        <translation>Kredensial tersimpan (autentikasi QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU Login profile &gt; Web Services Access: the authentication key of this environment.</source>
        <translation>Profil EU Login &gt; Web Services Access: kunci autentikasi lingkungan ini.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Authentication key</source>
        <translation>Kunci autentikasi</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Save login</source>
        <translation>Simpan kredensial</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Kept in the QGIS authentication database (Basic method), never in settings or projects.</source>
        <translation>Disimpan di basis data autentikasi QGIS (metode Basic), tidak pernah di pengaturan atau proyek.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU system: {username}</source>
        <translation>Sistem UE: {username}</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Login saved in the QGIS authentication database ({authcfg}).</source>
        <translation>Kredensial disimpan di basis data autentikasi QGIS ({authcfg}).</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connecting to {host} ...</source>
        <translation>Menghubungkan ke {host} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connected to the EU Information System ({environment}, {host}): the service answered {answer}.</source>
        <translation>Terhubung ke Sistem Informasi UE ({environment}, {host}): layanan menjawab {answer}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test the EU Information System connection</source>
        <translation>Menguji koneksi Sistem Informasi UE</translation>
    </message>
</context>
<context>
    <name>EuCredentials</name>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Enter both the EU Information System username and its authentication key.</source>
        <translation>Masukkan nama pengguna Sistem Informasi UE beserta kunci autentikasinya.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>QGIS could not store the EU Information System credentials (is the master password set?).</source>
        <translation>QGIS tidak dapat menyimpan kredensial Sistem Informasi UE (apakah kata sandi induk sudah ditetapkan?).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>Konfigurasi autentikasi &apos;{authcfg}&apos; tidak ditemukan atau tidak dapat didekripsi (periksa kata sandi induk QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; the EU Information System needs a Basic configuration: the username and, as password, the authentication key.</source>
        <translation>Konfigurasi autentikasi &apos;{name}&apos; menggunakan metode {method}; Sistem Informasi UE memerlukan konfigurasi Basic: nama pengguna dan, sebagai kata sandi, kunci autentikasi.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; has an empty username or authentication key.</source>
        <translation>Konfigurasi autentikasi &apos;{name}&apos; memiliki nama pengguna atau kunci autentikasi yang kosong.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>No EU Information System login: give an authentication configuration (AUTHCFG: Basic, the username and the authentication key as password), or set {missing} in the environment.</source>
        <translation>Tidak ada login Sistem Informasi UE: berikan konfigurasi autentikasi (AUTHCFG: Basic, nama pengguna dan kunci autentikasi sebagai kata sandi), atau tetapkan {missing} di lingkungan.</translation>
    </message>
</context>
<context>
    <name>EuDdsStatus</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status of due diligence statements (EU Information System)</source>
        <translation>Status pernyataan uji tuntas (Sistem Informasi UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Asks the EU Information System where statements stand: the one with this UUID, those with this INTERNAL_REFERENCE, or (both empty) every statement submitted from this QGIS profile that is not settled yet and due a check (the Commission asks for 30 minutes before the first). AVAILABLE gives the reference and verification numbers, REJECTED the service&apos;s reasons (REASONS); both are kept in the profile and beside the plots.</source>
        <translation>Menanyakan kepada Sistem Informasi UE posisi pernyataan: pernyataan dengan UUID ini, pernyataan dengan INTERNAL_REFERENCE ini, atau (keduanya kosong) setiap pernyataan yang diajukan dari profil QGIS ini yang belum tuntas dan sudah waktunya diperiksa (Komisi meminta jeda 30 menit sebelum pemeriksaan pertama). AVAILABLE memberikan nomor referensi dan nomor verifikasi, REJECTED memberikan alasan dari layanan (REASONS); keduanya disimpan di profil dan di samping petak.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID pernyataan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Internal reference</source>
        <translation>Referensi internal</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Tunggu hasil (detik)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Reasons (REJECTED)</source>
        <translation>Alasan (REJECTED)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement with the internal reference &apos;{reference}&apos;.</source>
        <translation>Tidak ada pernyataan dengan referensi internal &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>{name}: SUBMITTED; its next check is due at {time} (UTC).</source>
        <translation>{name}: SUBMITTED; pemeriksaan berikutnya dijadwalkan pukul {time} (UTC).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement of this profile is waiting for the EU Information System.</source>
        <translation>Tidak ada pernyataan dari profil ini yang menunggu Sistem Informasi UE.</translation>
    </message>
</context>
<context>
    <name>EuHeadings</name>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, pure-bred breeding animals</source>
        <translation>Sapi hidup, bibit ternak murni</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, other</source>
        <translation>Sapi hidup, lainnya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, fresh or chilled</source>
        <translation>Daging sapi, segar atau dingin</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, frozen</source>
        <translation>Daging sapi, beku</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, fresh or chilled</source>
        <translation>Jeroan sapi yang dapat dimakan, segar atau dingin</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible bovine livers, frozen</source>
        <translation>Hati sapi yang dapat dimakan, beku</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, frozen, other</source>
        <translation>Jeroan sapi yang dapat dimakan, beku, lainnya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prepared or preserved meat, offal or blood, of bovine animals</source>
        <translation>Olahan atau awetan daging, jeroan, atau darah sapi</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Raw hides and skins of bovine animals (ex)</source>
        <translation>Kulit mentah sapi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Tanned or crust hides and skins of bovine animals (ex)</source>
        <translation>Kulit samak atau crust sapi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Leather of bovine animals, further prepared after tanning or crusting (ex)</source>
        <translation>Kulit sapi yang diolah lebih lanjut setelah penyamakan atau crusting (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa beans, whole or broken, raw or roasted</source>
        <translation>Biji kakao, utuh atau pecah, mentah atau disangrai</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa shells, husks, skins and waste</source>
        <translation>Kulit, sekam, selaput, dan sisa kakao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa paste</source>
        <translation>Pasta kakao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa butter, fat and oil</source>
        <translation>Mentega, lemak, dan minyak kakao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa powder, not containing added sugar</source>
        <translation>Bubuk kakao, tanpa tambahan gula</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Chocolate and food containing cocoa</source>
        <translation>Cokelat dan makanan olahan yang mengandung kakao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Coffee; coffee husks and skins; coffee substitutes containing coffee</source>
        <translation>Kopi; sekam dan kulit kopi; pengganti kopi yang mengandung kopi</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm nuts and kernels</source>
        <translation>Biji dan inti sawit</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm oil and its fractions</source>
        <translation>Minyak sawit dan fraksinya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Crude palm kernel and babassu oil</source>
        <translation>Minyak inti sawit dan minyak babassu, mentah</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm kernel and babassu oil, other</source>
        <translation>Minyak inti sawit dan minyak babassu, lainnya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake of palm nuts or kernels</source>
        <translation>Bungkil biji atau inti sawit</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Glycerol, with a purity of 95 % or more (ex)</source>
        <translation>Gliserol, dengan kemurnian 95 % atau lebih (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palmitic acid, stearic acid, their salts and esters</source>
        <translation>Asam palmitat, asam stearat, garam dan esternya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Saturated acyclic monocarboxylic acids, other</source>
        <translation>Asam monokarboksilat asiklik jenuh, lainnya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Stearic acid, industrial (ex)</source>
        <translation>Asam stearat industri (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oleic acid, industrial (ex)</source>
        <translation>Asam oleat industri (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)</source>
        <translation>Asam lemak monokarboksilat industri, lainnya; minyak asam hasil pemurnian (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial fatty alcohols (ex)</source>
        <translation>Alkohol lemak industri (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums</source>
        <translation>Karet alam, balata, getah perca, guayule, chicle, dan getah alam semacamnya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Compounded rubber, unvulcanised (ex)</source>
        <translation>Karet campuran, tidak divulkanisasi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Unvulcanised rubber in other forms (ex)</source>
        <translation>Karet tidak divulkanisasi dalam bentuk lain (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Vulcanised rubber thread and cord (ex)</source>
        <translation>Benang dan tali karet vulkanisasi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Plates, sheets, strip, rods of vulcanised rubber (ex)</source>
        <translation>Pelat, lembaran, strip, batang dari karet vulkanisasi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Conveyor or transmission belts of vulcanised rubber (ex)</source>
        <translation>Sabuk konveyor atau transmisi dari karet vulkanisasi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>New pneumatic tyres of rubber (ex)</source>
        <translation>Ban pneumatik baru dari karet (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Retreaded or used tyres of rubber (ex)</source>
        <translation>Ban vulkanisir atau bekas dari karet (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Inner tubes of rubber (ex)</source>
        <translation>Ban dalam dari karet (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Articles of apparel and gloves of vulcanised rubber (ex)</source>
        <translation>Pakaian dan sarung tangan dari karet vulkanisasi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other articles of vulcanised rubber (ex)</source>
        <translation>Barang lain dari karet vulkanisasi (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Hard rubber and articles of it (ex)</source>
        <translation>Karet keras dan barang darinya (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya beans</source>
        <translation>Kacang kedelai</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya bean flour and meal</source>
        <translation>Tepung dan bubuk kedelai</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya-bean oil and its fractions</source>
        <translation>Minyak kedelai dan fraksinya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake and other solid residues of soya-bean oil</source>
        <translation>Bungkil dan residu padat lain dari minyak kedelai</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Pulp of wood or of other fibrous cellulosic material; recovered paper</source>
        <translation>Pulp kayu atau bahan selulosa berserat lainnya; kertas bekas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation>Kertas dan kertas karton; barang dari pulp kertas, kertas, atau kertas karton</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Printed books, newspapers, pictures and other printed products, of paper</source>
        <translation>Buku, surat kabar, gambar, dan produk cetakan lain, dari kertas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Seats, wooden (ex)</source>
        <translation>Tempat duduk dari kayu (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for offices</source>
        <translation>Perabot kayu untuk kantor</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for kitchens</source>
        <translation>Perabot kayu untuk dapur</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for bedrooms</source>
        <translation>Perabot kayu untuk kamar tidur</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other wooden furniture</source>
        <translation>Perabot kayu lainnya</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Parts of furniture, of wood</source>
        <translation>Bagian perabot, dari kayu</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prefabricated buildings of wood</source>
        <translation>Bangunan prafabrikasi dari kayu</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wood and articles of wood (heading {heading})</source>
        <translation>Kayu dan barang dari kayu (pos {heading})</translation>
    </message>
</context>
<context>
    <name>EuIsTab</name>
    <message>
        <location filename="../ui/wdg_eu_is.py"/>
        <source>Due diligence statements in the EU Information System (TRACES), from the plots on the map; and the numbers received from suppliers, verified.</source>
        <translation>Pernyataan uji tuntas di Sistem Informasi UE (TRACES), dari petak di peta; dan nomor yang diterima dari pemasok, diverifikasi.</translation>
    </message>
</context>
<context>
    <name>EuMessages</name>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Acceptance (test system)</source>
        <translation>Acceptance (sistem uji)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Domestic</source>
        <translation>Domestik</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producer</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producers</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} place</source>
        <translation>{n} tempat</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} places</source>
        <translation>{n} tempat</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statement</source>
        <translation>{n} pernyataan</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statements</source>
        <translation>{n} pernyataan</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Feature {fid}</source>
        <translation>Fitur {fid}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>the service said: &quot;{errors}&quot;</source>
        <translation>layanan menjawab: “{errors}”</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity &apos;{value}&apos; is not one of DOMESTIC, IMPORT, EXPORT.</source>
        <translation>Kegiatan &apos;{value}&apos; bukan salah satu dari DOMESTIC, IMPORT, EXPORT.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Operator role &apos;{value}&apos; is not one of OPERATOR, REPRESENTATIVE_OPERATOR.</source>
        <translation>Peran operator &apos;{value}&apos; bukan salah satu dari OPERATOR, REPRESENTATIVE_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} has {length} characters; the EU Information System takes at most {limit}.</source>
        <translation>{field} memiliki {length} karakter; Sistem Informasi UE menerima paling banyak {limit}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not the code of an EU member state (or XI, Northern Ireland).</source>
        <translation>{field} &apos;{value}&apos; bukan kode negara anggota UE (atau XI, Irlandia Utara).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity {activity} needs the operator&apos;s EORI number.</source>
        <translation>Kegiatan {activity} memerlukan nomor EORI operator.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an EORI number: the country&apos;s two letters, then up to 15 letters or digits.</source>
        <translation>&apos;{value}&apos; bukan nomor EORI: dua huruf negara, lalu hingga 15 huruf atau angka.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>An authorised representative&apos;s statement needs the represented operator: name, address (country, street, postal code, city) and an identifier.</source>
        <translation>Pernyataan dari perwakilan resmi memerlukan operator yang diwakili: nama, alamat (negara, jalan, kode pos, kota) dan sebuah pengenal.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Identifier type &apos;{value}&apos; of the represented operator is not one of {types}.</source>
        <translation>Jenis pengenal &apos;{value}&apos; dari operator yang diwakili bukan salah satu dari {types}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; bukan alamat email.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{field} &apos;{value}&apos; bukan kode negara ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Associated statement &apos;{value}&apos; is not a reference number (up to 14 letters and digits).</source>
        <translation>Pernyataan terkait &apos;{value}&apos; bukan nomor referensi (hingga 14 huruf dan angka).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} commodity lines: at most {limit} in one statement.</source>
        <translation>{count} baris komoditas: paling banyak {limit} dalam satu pernyataan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading &apos;{value}&apos; must be 2 to 6 digits.</source>
        <translation>Komoditas {line}: pos HS &apos;{value}&apos; harus terdiri dari 2 sampai 6 angka.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading {value} is not in {source}: only the listed products of cattle, cocoa, coffee, oil palm, rubber, soya and wood are declared.</source>
        <translation>Komoditas {line}: pos HS {value} tidak ada di {source}: hanya produk tercantum dari sapi, kakao, kopi, kelapa sawit, karet, kedelai dan kayu yang dideklarasikan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give a description of the goods.</source>
        <translation>Komoditas {line}: berikan deskripsi barang.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: activity {activity} needs the net mass (kg).</source>
        <translation>Komoditas {line}: kegiatan {activity} memerlukan massa bersih (kg).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give the net mass (kg) or a supplementary unit.</source>
        <translation>Komoditas {line}: berikan massa bersih (kg) atau satuan tambahan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} &apos;{value}&apos; is not a number with at most 6 decimals below 10,000,000,000.</source>
        <translation>Komoditas {line}: {field} &apos;{value}&apos; bukan angka dengan paling banyak 6 desimal di bawah 10.000.000.000.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} must be more than 0 (it is {value}).</source>
        <translation>Komoditas {line}: {field} harus lebih dari 0 (nilainya {value}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit needs its qualifier (3 or 4 letters, such as NAR or MTQ).</source>
        <translation>Komoditas {line}: satuan tambahan memerlukan kualifikatornya (3 atau 4 huruf, seperti NAR atau MTQ).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: the supplementary unit qualifier &apos;{value}&apos; must be 3 or 4 letters or digits.</source>
        <translation>Komoditas {line}: kualifikator satuan tambahan &apos;{value}&apos; harus terdiri dari 3 atau 4 huruf atau angka.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit qualifier (&apos;{value}&apos;) without the supplementary unit.</source>
        <translation>Komoditas {line}: kualifikator satuan tambahan (&apos;{value}&apos;) tanpa satuan tambahannya.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line} (HS {heading}) is wood: give at least one species with its scientific and common name.</source>
        <translation>Komoditas {line} (HS {heading}) adalah kayu: berikan sedikitnya satu spesies dengan nama ilmiah dan nama umumnya.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: no production place to declare.</source>
        <translation>Komoditas {line}: tidak ada tempat produksi untuk dideklarasikan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {count} producers, but at most {limit} per commodity fit in one statement: split it into {parts} statements.</source>
        <translation>Komoditas {line}: {count} produsen, tetapi paling banyak {limit} per komoditas yang muat dalam satu pernyataan: pecah menjadi {parts} pernyataan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} producers, but at most {limit} fit in one statement: split it into {parts} statements.</source>
        <translation>{count} produsen, tetapi paling banyak {limit} yang muat dalam satu pernyataan: pecah menjadi {parts} pernyataan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{size_mb} MB of geolocation, but one statement carries at most {limit_mb} MB (25 MB once Base64-encoded): split it into {parts} statements.</source>
        <translation>{size_mb} MB geolokasi, tetapi satu pernyataan memuat paling banyak {limit_mb} MB (25 MB setelah dienkode Base64): pecah menjadi {parts} pernyataan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}: {finding}</source>
        <translation>Komoditas {line}, produsen {producer} ({name}), fitur {feature}: {finding}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}): country &apos;{value}&apos; is not an ISO 3166-1 alpha-2 code.</source>
        <translation>Komoditas {line}, produsen {producer} ({name}): negara &apos;{value}&apos; bukan kode ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The layer has no field &apos;{field}&apos; for the {role} (fields: {fields}).</source>
        <translation>Layer tidak memiliki field &apos;{field}&apos; ({role}) (field: {fields}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no geometry; a production place needs its point or polygon.</source>
        <translation>{feature}: tidak ada geometri; tempat produksi memerlukan titik atau poligonnya.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer name in the field &apos;{field}&apos;.</source>
        <translation>{feature}: tidak ada nama produsen di field &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer country in the field &apos;{field}&apos; (the two-letter ISO code).</source>
        <translation>{feature}: tidak ada negara produsen di field &apos;{field}&apos; (kode ISO dua huruf).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>No production place to declare: the layer or the selection has no feature.</source>
        <translation>Tidak ada tempat produksi untuk dideklarasikan: layer atau pilihan tidak memiliki fitur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System could not be used; the Message Log says why.</source>
        <translation>Sistem Informasi UE tidak dapat digunakan; log pesan menjelaskan alasannya.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the secure connection failed (certificate not trusted?). Check the internet connection, the proxy and the environment.</source>
        <translation>Sistem Informasi UE di {host} tidak dapat dijangkau: koneksi aman gagal (sertifikat tidak dipercaya?). Periksa koneksi internet, proxy dan lingkungan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the proxy refused the connection. Check the proxy settings.</source>
        <translation>Sistem Informasi UE di {host} tidak dapat dijangkau: proxy menolak koneksi. Periksa pengaturan proxy.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: no answer. Check the internet connection, the proxy and the environment.</source>
        <translation>Sistem Informasi UE di {host} tidak dapat dijangkau: tidak ada jawaban. Periksa koneksi internet, proxy dan lingkungan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} did not confirm {operation} ({what}): it may have been recorded. It was not sent again; look it up by its internal reference &apos;{internal_reference}&apos; before sending it again.</source>
        <translation>{host} tidak mengonfirmasi {operation} ({what}): mungkin sudah tercatat. Tidak dikirim ulang; cari berdasarkan referensi internalnya &apos;{internal_reference}&apos; sebelum mengirimnya lagi.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System failed on {operation} ({errors}); try again later.</source>
        <translation>Sistem Informasi UE gagal pada {operation} ({errors}); coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} without a statement.</source>
        <translation>{host} menjawab {operation} tanpa pernyataan.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} with something that is not its SOAP answer (HTTP {status}).</source>
        <translation>{host} menjawab {operation} dengan sesuatu yang bukan jawaban SOAP-nya (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is too large; it was not read.</source>
        <translation>Jawaban Sistem Informasi UE terlalu besar; tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System contains a DTD or entity declaration, which a SOAP message may not have; it was not read.</source>
        <translation>Jawaban Sistem Informasi UE berisi DTD atau deklarasi entitas, yang tidak boleh ada dalam pesan SOAP; tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is not well-formed XML ({error}).</source>
        <translation>Jawaban Sistem Informasi UE bukan XML yang tersusun baik ({error}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; must be only the server address (no user name, password, &apos;?&apos; or &apos;#&apos;); the username and authentication key are kept in QGIS&apos;s authentication database.</source>
        <translation>&apos;{text}&apos; harus berupa alamat server saja (tanpa nama pengguna, kata sandi, &apos;?&apos; atau &apos;#&apos;); nama pengguna dan kunci autentikasi disimpan di basis data autentikasi QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The statement cannot be written: {field} &apos;{value}&apos; is not a value the EU Information System takes.</source>
        <translation>Pernyataan tidak dapat ditulis: {field} &apos;{value}&apos; bukan nilai yang diterima Sistem Informasi UE.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System username contains characters a username cannot have.</source>
        <translation>Nama pengguna Sistem Informasi UE berisi karakter yang tidak boleh ada dalam nama pengguna.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System ({host}) refused the username or authentication key of &apos;{username}&apos; ({errors}). Check both in the EU Login profile, Web Services Access, and that they belong to the {environment} environment.</source>
        <translation>Sistem Informasi UE ({host}) menolak nama pengguna atau kunci autentikasi &apos;{username}&apos; ({errors}). Periksa keduanya di profil EU Login, Web Services Access, dan pastikan keduanya milik lingkungan {environment}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s time ({errors}): the computer&apos;s clock must be within 5 minutes of the EU Information System&apos;s. Set the clock (automatic time, NTP) and try again.</source>
        <translation>{host} menolak waktu permintaan ({errors}): jam komputer harus berselisih kurang dari 5 menit dengan jam Sistem Informasi UE. Atur jam (waktu otomatis, NTP) lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System is unavailable (HTTP {status} from {host}); try again later.</source>
        <translation>Sistem Informasi UE tidak tersedia (HTTP {status} dari {host}); coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System refused {operation}: {errors}</source>
        <translation>Sistem Informasi UE menolak {operation}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} has no such statement ({errors}).</source>
        <translation>{host} tidak memiliki pernyataan tersebut ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System does not allow {operation} here ({errors}).</source>
        <translation>Sistem Informasi UE tidak mengizinkan {operation} di sini ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s security token as already used ({errors}). Try again.</source>
        <translation>{host} menolak token keamanan permintaan karena sudah pernah dipakai ({errors}). Coba lagi.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System needs a username and an authentication key (EU Login profile, Web Services Access).</source>
        <translation>Sistem Informasi UE memerlukan nama pengguna dan kunci autentikasi (profil EU Login, Web Services Access).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; uses plain http: the authentication digest and the statements would travel unencrypted. Use https (plain http is only for a test service on this machine).</source>
        <translation>&apos;{text}&apos; menggunakan http biasa: digest autentikasi dan pernyataan akan dikirim tanpa enkripsi. Gunakan https (http biasa hanya untuk layanan uji di komputer ini).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; is not a server address: give a full URL such as {example}</source>
        <translation>&apos;{text}&apos; bukan alamat server: berikan URL lengkap seperti {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Unknown EU Information System environment &apos;{name}&apos;: choose acceptance (the Commission&apos;s test system) or production.</source>
        <translation>Lingkungan Sistem Informasi UE &apos;{name}&apos; tidak dikenal: pilih acceptance (sistem uji Komisi) atau production.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{url} is the production EU Information System: choose the production environment explicitly to send statements there.</source>
        <translation>{url} adalah Sistem Informasi UE production: pilih lingkungan production secara tegas untuk mengirim pernyataan ke sana.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}</source>
        <translation>Komoditas {line}, produsen {producer} ({name}), fitur {feature}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute ahead of the server&apos;s.</source>
        <translation>Jam komputer ini 1 menit lebih cepat dari jam server.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>Jam komputer ini {minutes} menit lebih cepat daripada jam server.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute behind the server&apos;s.</source>
        <translation>Jam komputer ini 1 menit lebih lambat dari jam server.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>Jam komputer ini {minutes} menit lebih lambat daripada jam server.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> (1 more problem found)</source>
        <translation> (ditemukan 1 masalah lagi)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> ({n} more problems found)</source>
        <translation> (ditemukan {n} masalah lagi)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Nothing was sent again; before sending it again, look it up by its internal reference &apos;{reference}&apos;.</source>
        <translation>Tidak ada yang dikirim ulang; sebelum mengirimnya lagi, cari pernyataan itu berdasarkan referensi internalnya &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <source> ({n} more problem(s) found)</source>
        <translation type="obsolete"> ({n} masalah lain ditemukan)</translation>
    </message>
</context>
<context>
    <name>EuNewStatement</name>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{producers}, {places}, {size} MB of geolocation.</source>
        <translation>{producers}, {places}, {size} MB geolokasi.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Refused before sending: {problem}</source>
        <translation>Ditolak sebelum dikirim: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Nothing the EU Information System would refuse was found: ready to submit to {environment}.</source>
        <translation>Tidak ditemukan apa pun yang akan ditolak Sistem Informasi UE: siap diajukan ke {environment}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Over the limits of one statement (1,000 producers, 25 MB): it will be sent as {n} statements, the quantities divided by area.</source>
        <translation>Melebihi batas satu pernyataan (1.000 produsen, 25 MB): akan dikirim sebagai {n} pernyataan, dengan jumlah dibagi menurut luas.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warning: {warning}</source>
        <translation>{n} peringatan: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warnings, the first: {warning}</source>
        <translation>{n} peringatan, yang pertama: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>New statement</source>
        <translation>Pernyataan baru</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the places and check everything the EU Information System would refuse; nothing is sent.</source>
        <translation>Membaca tempat-tempat dan memeriksa semua yang akan ditolak Sistem Informasi UE; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit...</source>
        <translation>Ajukan...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Pilih layer tempat produksi.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Reading {layer} ...</source>
        <translation>Membaca {layer} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Statement preview: {text}</source>
        <translation>Pratinjau pernyataan: {text}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the statement</source>
        <translation>Membaca pernyataan</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>EU Information System</source>
        <translation>Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statement ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>Ajukan {n} pernyataan uji tuntas ({producers}) ke Sistem Informasi UE, {environment} ({host})?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statements ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>Ajukan {n} pernyataan uji tuntas ({producers}) ke Sistem Informasi UE, {environment} ({host})?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Production: this is a legal declaration to the EU.</source>
        <translation>Produksi: ini adalah pernyataan resmi yang mengikat secara hukum kepada UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Not submitted.</source>
        <translation>Tidak diajukan.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Pernyataan sebelumnya sudah dikirim: {sent}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit the statement</source>
        <translation>Mengajukan pernyataan</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submitted {reference} as {uuid}; waiting for the EU Information System&apos;s answer.</source>
        <translation>{reference} diajukan sebagai {uuid}; menunggu jawaban Sistem Informasi UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Amended since it was submitted (last on {time}).</source>
        <translation>Diubah sejak diajukan (terakhir pada {time}).</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size} MB of geolocation.</source>
        <translation type="obsolete">{producers} produsen, {places} tempat, {size} MB geolokasi.</translation>
    </message>
    <message>
        <source>{n} warning(s), e.g.: {warning}</source>
        <translation type="obsolete">{n} peringatan, mis.: {warning}</translation>
    </message>
    <message>
        <source>Submit {n} due diligence statement(s) ({producers} producer(s)) to the EU Information System, {environment} ({host})?</source>
        <translation type="obsolete">Ajukan {n} pernyataan uji tuntas ({producers} produsen) ke Sistem Informasi UE, {environment} ({host})?</translation>
    </message>
</context>
<context>
    <name>EuPlotNumbers</name>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU reference number</source>
        <translation>Nomor referensi UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU verification number</source>
        <translation>Nomor verifikasi UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plots table</source>
        <translation>Tabel petak</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plot feature id</source>
        <translation>ID fitur petak</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement UUID</source>
        <translation>UUID pernyataan</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Internal reference</source>
        <translation>Referensi internal</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement numbers of {table}</source>
        <translation>Nomor pernyataan {table}</translation>
    </message>
</context>
<context>
    <name>EuRegister</name>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>Cannot open {path} to write the register.</source>
        <translation>{path} tidak dapat dibuka untuk menulis register.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>The table &apos;{table}&apos; in {path} is not a register of statements (it has no {columns}): choose another table name.</source>
        <translation>Tabel &apos;{table}&apos; di {path} bukan register pernyataan (tidak memiliki {columns}): pilih nama tabel lain.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>&apos;{reference}&apos; / &apos;{verification}&apos; is not a reference number (up to 14 characters) with its verification number (5 to 35 characters): nothing was asked.</source>
        <translation>&apos;{reference}&apos; / &apos;{verification}&apos; bukan nomor referensi (hingga 14 karakter) beserta nomor verifikasinya (5 sampai 35 karakter): tidak ada yang ditanyakan.</translation>
    </message>
</context>
<context>
    <name>EuRegisterBox</name>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, usable</source>
        <translation>Ada, dapat digunakan</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, not usable</source>
        <translation>Ada, tidak dapat digunakan</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Does not exist</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Not verified yet</source>
        <translation>Belum diverifikasi</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number {reference}, verification number {verification}; supplier {supplier}, received on {received}, product {product}; the service said {result} ({status}, {date}); checked {checked}.</source>
        <translation>Nomor referensi {reference}, nomor verifikasi {verification}; pemasok {supplier}, diterima pada {received}, produk {product}; layanan menjawab {result} ({status}, {date}); diperiksa {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Statements received from suppliers (verify register)</source>
        <translation>Pernyataan dari pemasok (register verifikasi)</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verification number</source>
        <translation>Nomor verifikasi</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Received on</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Add to the register</source>
        <translation>Tambahkan ke register</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify all</source>
        <translation>Verifikasi semua</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Ask the EU Information System about every pair of numbers in the register; each answer is kept, dated, for five years.</source>
        <translation>Menanyakan setiap pasangan nomor di register kepada Sistem Informasi UE; setiap jawaban disimpan, bertanggal, selama lima tahun.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Choose the GeoPackage of the register (a new file is created).</source>
        <translation>Pilih GeoPackage register (berkas baru dibuat).</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Read the register</source>
        <translation>Membaca register</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Give the reference number and the verification number the supplier gave.</source>
        <translation>Berikan nomor referensi dan nomor verifikasi yang diberikan pemasok.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{reference} added to the register; Verify all asks the EU Information System about it.</source>
        <translation>{reference} ditambahkan ke register; &apos;Verifikasi semua&apos; menanyakannya kepada Sistem Informasi UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pair verified; every answer kept in {table}.</source>
        <translation>{n} pasangan diverifikasi; setiap jawaban disimpan di {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pairs verified; every answer kept in {table}.</source>
        <translation>{n} pasangan diverifikasi; setiap jawaban disimpan di {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify the register</source>
        <translation>Memverifikasi register</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="obsolete">Diperiksa</translation>
    </message>
    <message>
        <source>{n} pair(s) verified; every answer kept in {table}.</source>
        <translation type="obsolete">{n} pasangan diverifikasi; setiap jawaban disimpan di {table}.</translation>
    </message>
</context>
<context>
    <name>EuStatementForm</name>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Authorised representative</source>
        <translation>Perwakilan resmi</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Not a heading of Annex I: the EU Information System would refuse it.</source>
        <translation>Bukan pos dari Lampiran I: Sistem Informasi UE akan menolaknya.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The producer&apos;s country: the two-letter ISO code (the preflight&apos;s fix fills ProducerCountry from the geometry).</source>
        <translation>Negara produsen: kode ISO dua huruf (perbaikan pemeriksaan pra-unggah mengisi ProducerCountry dari geometri).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Production places</source>
        <translation>Tempat produksi</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer name field</source>
        <translation>Field nama produsen</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer country field</source>
        <translation>Field negara produsen</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. FR1234567890123 (IMPORT and EXPORT)</source>
        <translation>mis. FR1234567890123 (impor, ekspor)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator role</source>
        <translation>Peran operator</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>country (2 letters)</source>
        <translation>negara (2 huruf)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>street and number</source>
        <translation>jalan dan nomor</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>postal code</source>
        <translation>kode pos</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>identifiers, e.g. vat:DE123456789</source>
        <translation>pengenal, mis. vat:DE123456789</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Represented operator</source>
        <translation>Operator yang diwakili</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>EORI number</source>
        <translation>Nomor EORI</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Country of activity</source>
        <translation>Negara kegiatan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Border-cross country</source>
        <translation>Negara perlintasan perbatasan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The HS heading of Annex I of Regulation (EU) 2023/1115 (pick one, or type 2 to 6 digits of a subdivision).</source>
        <translation>Pos HS dari Lampiran I Peraturan (UE) 2023/1115 (pilih salah satu, atau ketik 2 sampai 6 angka dari suatu subpos).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Green coffee beans, not roasted</source>
        <translation>mis. Biji kopi hijau, belum disangrai</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>kg (IMPORT and EXPORT: required)</source>
        <translation>kg (impor, ekspor: wajib)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>quantity in the unit below</source>
        <translation>jumlah (satuan di bawah)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>unit, e.g. MTQ, NAR</source>
        <translation>satuan, mis. MTQ, NAR</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Quercus robur</source>
        <translation>mis. Quercus robur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. oak</source>
        <translation>mis. ek</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>HS heading</source>
        <translation>Pos HS</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Description of the goods</source>
        <translation>Deskripsi barang</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Net mass (kg)</source>
        <translation>Massa bersih (kg)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Supplementary unit</source>
        <translation>Satuan tambahan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Unit qualifier</source>
        <translation>Kualifikator satuan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: scientific name</source>
        <translation>Spesies: nama ilmiah</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: common name</source>
        <translation>Spesies: nama umum</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>empty: one is made</source>
        <translation>kosong: dibuatkan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Your reference (order, shipment): it also finds a statement whose answer was lost.</source>
        <translation>Referensi Anda (pesanan, pengiriman): juga untuk menemukan pernyataan yang jawabannya hilang.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolokasi rahasia</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>reference numbers, separated by commas</source>
        <translation>nomor, nomor, ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Internal reference</source>
        <translation>Referensi internal</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Associated statements</source>
        <translation>Pernyataan terkait</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="obsolete">Domestik</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="obsolete">Impor</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="obsolete">Ekspor</translation>
    </message>
</context>
<context>
    <name>EuStatementList</name>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference: {value}</source>
        <translation>Referensi internal: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status: {value}</source>
        <translation>Status: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>UUID: {value}</source>
        <translation>UUID: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number: {value}</source>
        <translation>Nomor referensi: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Verification number: {value}</source>
        <translation>Nomor verifikasi: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Environment: {value}</source>
        <translation>Lingkungan: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Submitted: {time}; last checked: {checked}</source>
        <translation>Diajukan: {time}; terakhir diperiksa: {checked}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Sent: {producers}, {places}, HS {headings}, net mass {mass} kg</source>
        <translation>Dikirim: {producers}, {places}, HS {headings}, massa bersih {mass} kg</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended once, on {time}.</source>
        <translation>Diubah sekali, pada {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended {n} times, last on {time}.</source>
        <translation>Diubah {n} kali, terakhir pada {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reasons given by the EU Information System:</source>
        <translation>Alasan yang diberikan Sistem Informasi UE:</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Statements</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference</source>
        <translation>Referensi internal</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Ask the EU Information System where the selected statement stands (none selected: every statement still waiting).</source>
        <translation>Menanyakan kepada Sistem Informasi UE posisi pernyataan terpilih (tidak ada yang dipilih: semua pernyataan yang masih menunggu).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend...</source>
        <translation>Ubah...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw...</source>
        <translation>Tarik...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy numbers</source>
        <translation>Salin nomor</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy the reference and verification numbers, to give them to your customers.</source>
        <translation>Menyalin nomor referensi dan nomor verifikasi, untuk diberikan kepada pelanggan Anda.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Select a statement to see it in full.</source>
        <translation>Pilih pernyataan untuk melihatnya secara lengkap.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the selected statement (only an available one, within 72 hours of its submission).</source>
        <translation>Menarik pernyataan terpilih (hanya yang tersedia, dalam 72 jam setelah pengajuannya).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Change the selected statement&apos;s content (only an available one, within 72 hours of its submission): its form opens with what was sent; the reference number stays.</source>
        <translation>Mengubah isi pernyataan terpilih (hanya yang tersedia, dalam 72 jam setelah pengajuannya): formulirnya terbuka dengan apa yang telah dikirim; nomor referensinya tetap.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to check it.</source>
        <translation>{name} dikirim ke lingkungan atau server lain ({environment}): pilih koneksi itu untuk memeriksanya.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>The Commission asks for 30 minutes before the first status check: {name} can be checked from {time}.</source>
        <translation>Komisi meminta jeda 30 menit sebelum pemeriksaan status pertama: {name} dapat diperiksa mulai {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>No statement of this connection is waiting for the EU Information System.</source>
        <translation>Tidak ada pernyataan dari koneksi ini yang menunggu Sistem Informasi UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statement ...</source>
        <translation>Memeriksa {n} pernyataan ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statements ...</source>
        <translation>Memeriksa {n} pernyataan ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check the statements</source>
        <translation>Memeriksa pernyataan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>EU Information System</source>
        <translation>Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to withdraw it.</source>
        <translation>{name} dikirim ke lingkungan atau server lain ({environment}): pilih koneksi itu untuk menariknya.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement {name} (reference number {reference}) from the EU Information System, {environment}? It can no longer be used by anyone.</source>
        <translation>Tarik pernyataan {name} (nomor referensi {reference}) dari Sistem Informasi UE, {environment}? Pernyataan itu tidak dapat dipakai lagi oleh siapa pun.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement</source>
        <translation>Menarik pernyataan</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to amend it.</source>
        <translation>{name} dikirim ke lingkungan atau server lain ({environment}): pilih koneksi itu untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Pilih layer tempat produksi.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amending {name} ...</source>
        <translation>Mengubah {name} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} amended: the EU Information System holds the new content; reference number {reference}.</source>
        <translation>{name} diubah: Sistem Informasi UE menyimpan isi baru; nomor referensi {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend the statement</source>
        <translation>Ubah pernyataan</translation>
    </message>
    <message>
        <source>Sent: {producers} producer(s), {places} place(s), HS {headings}, net mass {mass} kg</source>
        <translation type="obsolete">Dikirim: {producers} produsen, {places} tempat, HS {headings}, massa bersih {mass} kg</translation>
    </message>
    <message>
        <source>Checking {n} statement(s) ...</source>
        <translation type="obsolete">Memeriksa {n} pernyataan ...</translation>
    </message>
</context>
<context>
    <name>EuStatements</name>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot save the EU statements in {path}: {reason}</source>
        <translation>Pernyataan UE tidak dapat disimpan di {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot update the statement in {path}: {reason}</source>
        <translation>Pernyataan di {path} tidak dapat diperbarui: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The internal reference &apos;{reference}&apos; is already used by the statement {uuid} ({status}): give another internal reference, or withdraw that statement first.</source>
        <translation>Referensi internal &apos;{reference}&apos; sudah dipakai oleh pernyataan {uuid} ({status}): berikan referensi internal lain, atau tarik pernyataan itu terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The statement {reference} has no UUID yet: check its status first.</source>
        <translation>Pernyataan {reference} belum memiliki UUID: periksa statusnya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be amended; {uuid} is {status}.</source>
        <translation>Hanya pernyataan AVAILABLE yang dapat diubah; {uuid} berstatus {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be withdrawn; {uuid} is {status}.</source>
        <translation>Hanya pernyataan AVAILABLE yang dapat ditarik; {uuid} berstatus {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be amended only within 72 hours of its submission.</source>
        <translation>{uuid} diajukan pada {date}: pernyataan hanya dapat diubah dalam 72 jam setelah pengajuannya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be withdrawn only within 72 hours of its submission.</source>
        <translation>{uuid} diajukan pada {date}: pernyataan hanya dapat ditarik dalam 72 jam setelah pengajuannya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>An amendment cannot change the activity: {name} was declared as {declared}, the amendment says {activity}.</source>
        <translation>Perubahan tidak dapat mengganti kegiatan: {name} dideklarasikan sebagai {declared}, perubahan menyebut {activity}.</translation>
    </message>
    <message>
        <source>Only an AVAILABLE statement can be {action}; {uuid} is {status}.</source>
        <translation type="obsolete">Hanya pernyataan AVAILABLE yang dapat {action}; {uuid} berstatus {status}.</translation>
    </message>
    <message>
        <source>{uuid} was submitted on {date}: a statement can be {action} only within 72 hours of its submission.</source>
        <translation type="obsolete">{uuid} diajukan pada {date}: pernyataan hanya dapat {action} dalam 72 jam setelah pengajuannya.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="obsolete">ditarik</translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="obsolete">diubah</translation>
    </message>
</context>
<context>
    <name>EuSubmitDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Production places</source>
        <translation>Tempat produksi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer name field</source>
        <translation>Field nama produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer country field</source>
        <translation>Field negara produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Operator role</source>
        <translation>Peran operator</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>EORI number (IMPORT and EXPORT)</source>
        <translation>Nomor EORI (IMPORT dan EXPORT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Country of activity (EU, 2 letters)</source>
        <translation>Negara kegiatan (UE, 2 huruf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Border-cross country (EU, 2 letters)</source>
        <translation>Negara perlintasan perbatasan (UE, 2 huruf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>HS heading (Annex I)</source>
        <translation>Pos HS (Lampiran I)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Description of the goods</source>
        <translation>Deskripsi barang</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Net mass (kg)</source>
        <translation>Massa bersih (kg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit</source>
        <translation>Satuan tambahan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit qualifier (e.g. MTQ)</source>
        <translation>Kualifikator satuan tambahan (mis. MTQ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: scientific name (wood)</source>
        <translation>Spesies: nama ilmiah (kayu)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: common name (wood)</source>
        <translation>Spesies: nama umum (kayu)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Internal reference (empty: one is made)</source>
        <translation>Referensi internal (kosong: dibuatkan)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Associated statements (reference numbers, comma)</source>
        <translation>Pernyataan terkait (nomor referensi, dipisahkan koma)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolokasi rahasia</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: name</source>
        <translation>Operator yang diwakili: nama</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: country (2 letters)</source>
        <translation>Operator yang diwakili: negara (2 huruf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: street and number</source>
        <translation>Operator yang diwakili: jalan dan nomor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: postal code</source>
        <translation>Operator yang diwakili: kode pos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: city</source>
        <translation>Operator yang diwakili: kota</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: identifiers (vat:DE123;eori:...)</source>
        <translation>Operator yang diwakili: pengenal (vat:DE123;eori:...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submit a due diligence statement (EU Information System)</source>
        <translation>Ajukan pernyataan uji tuntas (Sistem Informasi UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Builds a due diligence statement from a layer of production places and submits it to the EU Information System (acceptance unless ENVIRONMENT=production). One producer entry per producer (PRODUCER_FIELD and COUNTRY_FIELD), its places as GeoJSON in the EU rules (6 decimals). Everything the service would refuse is refused before sending, naming the feature, field or limit: the schema&apos;s limits, an EORI and a net mass for IMPORT and EXPORT, species for wood, positive quantities, the geolocation rules (the preflight&apos;s check on what is sent), 25 MB and 1,000 producers per statement (SPLIT sends several, the quantities divided by area). The statement is recorded in the profile and, for a GeoPackage layer, beside the plots (tables eu_statements and eu_statement_plots); WAIT_SECONDS checks it until AVAILABLE or REJECTED (the Commission asks for 30 minutes before the first check). The authentication key is never stored nor shown.</source>
        <translation>Menyusun pernyataan uji tuntas dari layer tempat produksi dan mengajukannya ke Sistem Informasi UE (acceptance kecuali ENVIRONMENT=production). Satu entri per produsen (PRODUCER_FIELD dan COUNTRY_FIELD), tempat-tempatnya sebagai GeoJSON sesuai aturan UE (6 desimal). Semua yang akan ditolak layanan ditolak sebelum dikirim, dengan menyebut fitur, field atau batasnya: batas skema, EORI dan massa bersih untuk IMPORT dan EXPORT, spesies untuk kayu, kuantitas positif, aturan geolokasi (pemeriksaan pra-unggah atas apa yang dikirim), 25 MB dan 1.000 produsen per pernyataan (SPLIT mengirim beberapa, dengan kuantitas dibagi menurut luas). Pernyataan dicatat di profil dan, untuk layer GeoPackage, di samping petak (tabel eu_statements dan eu_statement_plots); WAIT_SECONDS memeriksanya hingga AVAILABLE atau REJECTED (Komisi meminta jeda 30 menit sebelum pemeriksaan pertama). Kunci autentikasi tidak pernah disimpan maupun ditampilkan.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Split into several statements when over the limits</source>
        <translation>Pecah menjadi beberapa pernyataan bila melebihi batas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Tunggu hasil (detik)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Set SPLIT to send them as {n} statements.</source>
        <translation>Tetapkan SPLIT untuk mengirimnya sebagai {n} pernyataan.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{producers}, {places}, {size} MB of geolocation, in {statements}.</source>
        <translation>{producers}, {places}, {size} MB geolokasi, dalam {statements}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Pernyataan sebelumnya sudah dikirim: {sent}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submitted {reference} as {uuid}.</source>
        <translation>{reference} diajukan sebagai {uuid}.</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size:.2f} MB of geolocation, in {n} statement(s).</source>
        <translation type="obsolete">{producers} produsen, {places} tempat, {size:.2f} MB geolokasi, dalam {n} pernyataan.</translation>
    </message>
</context>
<context>
    <name>EuVerifyDeclarations</name>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verify statements received from suppliers (EU Information System)</source>
        <translation>Verifikasi pernyataan yang diterima dari pemasok (Sistem Informasi UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>For downstream operators and traders: asks the EU Information System&apos;s Verify service about each reference + verification number (REFERENCE_NUMBER and VERIFICATION_NUMBER, or every row of INPUT) and appends each answer to the register OUTPUT with its supplier, date received and product: result (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, the service&apos;s date, checked_at and keep_until (five years). Rows are only ever appended: the register keeps every answer.</source>
        <translation>Untuk operator hilir dan pedagang: menanyakan layanan Verify Sistem Informasi UE tentang setiap nomor referensi + nomor verifikasi (REFERENCE_NUMBER dan VERIFICATION_NUMBER, atau setiap baris INPUT) dan menambahkan setiap jawaban ke register OUTPUT beserta pemasok, tanggal diterima dan produknya: hasil (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, tanggal layanan, checked_at dan keep_until (lima tahun). Baris hanya pernah ditambahkan: register menyimpan setiap jawaban.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number</source>
        <translation>Nomor referensi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number</source>
        <translation>Nomor verifikasi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received (YYYY-MM-DD)</source>
        <translation>Tanggal diterima (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Table of numbers received</source>
        <translation>Tabel nomor yang diterima</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number field</source>
        <translation>Field nomor referensi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number field</source>
        <translation>Field nomor verifikasi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier field</source>
        <translation>Field pemasok</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received field</source>
        <translation>Field tanggal diterima</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product field</source>
        <translation>Field produk</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Give REFERENCE_NUMBER and VERIFICATION_NUMBER, or INPUT: a table with the two numbers of each statement.</source>
        <translation>Berikan REFERENCE_NUMBER dan VERIFICATION_NUMBER, atau INPUT: tabel berisi kedua nomor setiap pernyataan.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>INPUT has no field &apos;{field}&apos; (fields: {fields}): name it with REFERENCE_FIELD and VERIFICATION_FIELD.</source>
        <translation>INPUT tidak memiliki field &apos;{field}&apos; (field: {fields}): sebutkan dengan REFERENCE_FIELD dan VERIFICATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>{reference}: {result} {status}</source>
        <translation>{reference}: {result} {status}</translation>
    </message>
</context>
<context>
    <name>EuWithdrawDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraw a due diligence statement (EU Information System)</source>
        <translation>Tarik pernyataan uji tuntas (Sistem Informasi UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraws an AVAILABLE statement within 72 hours of its submission (the service refuses it once it is referenced by another statement or used: its reasons are shown). The new status is kept in the profile and beside the plots.</source>
        <translation>Menarik pernyataan AVAILABLE dalam 72 jam setelah pengajuannya (layanan menolaknya begitu pernyataan itu dirujuk oleh pernyataan lain atau sudah dipakai: alasannya ditampilkan). Status baru disimpan di profil dan di samping petak.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID pernyataan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is over the {loss_limit} % limit</source>
        <translation>Kehilangan hutan {loss} % melebihi batas {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is over the {score_limit} limit</source>
        <translation>Skor {score} melebihi batas {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert dated {alert_date}, after {cutoff}</source>
        <translation>Peringatan deforestasi bertanggal {alert_date}, setelah {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert without a date (Epoch monitors from {cutoff})</source>
        <translation>Peringatan deforestasi tanpa tanggal (Epoch memantau sejak {cutoff})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is close to the {loss_limit} % limit</source>
        <translation>Kehilangan hutan {loss} % mendekati batas {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is close to the {score_limit} limit</source>
        <translation>Skor {score} mendekati batas {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country not computed: no country field, no location in a country, no producer&apos;s country</source>
        <translation>Negara tidak dihitung: tidak ada field negara, tidak ada lokasi di suatu negara, tidak ada negara produsen</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss not computed: no noncompliance_area_perc, nor area and noncompliance_area</source>
        <translation>Kehilangan hutan tidak dihitung: tidak ada noncompliance_area_perc, maupun area dan noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: no deforestation_alert</source>
        <translation>Peringatan setelah tanggal batas tidak dihitung: tidak ada deforestation_alert</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_alert &apos;{alert}&apos; not understood</source>
        <translation>Peringatan setelah tanggal batas tidak dihitung: deforestation_alert &apos;{alert}&apos; tidak dipahami</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_start or deforestation_end is not a date</source>
        <translation>Peringatan setelah tanggal batas tidak dihitung: deforestation_start atau deforestation_end bukan tanggal</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area not computed: no noncompliance_area</source>
        <translation>Luas peringatan tidak dihitung: tidak ada noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert dated {alert_date}, on or before {cutoff}: noted, not counted</source>
        <translation>Peringatan bertanggal {alert_date}, pada atau sebelum {cutoff}: dicatat, tidak dihitung</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss at most {review_loss} %, score at most {review_score}, no alert after {cutoff}</source>
        <translation>Kehilangan hutan paling banyak {review_loss} %, skor paling tinggi {review_score}, tidak ada peringatan setelah {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss</source>
        <translation>Kehilangan hutan</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert</source>
        <translation>Peringatan setelah tanggal batas</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area</source>
        <translation>Luas peringatan</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Data uncertainty</source>
        <translation>Ketidakpastian data</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>plot location</source>
        <translation>lokasi petak</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>producer&apos;s country</source>
        <translation>negara produsen</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>not computed</source>
        <translation>tidak dihitung</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (skor {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is not a number: {value}</source>
        <translation>{field} bukan angka: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is out of range: {value} ({range})</source>
        <translation>{field} di luar rentang: {value} ({range})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is too large to store: {value} (a GeoPackage integer holds at most {max})</source>
        <translation>{field} terlalu besar untuk disimpan: {value} (bilangan bulat GeoPackage paling besar {max})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>NUL character removed from {field}</source>
        <translation>Karakter NUL dihapus dari {field}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large to store, left empty: {value}</source>
        <translation>{field} terlalu besar untuk disimpan, dibiarkan kosong: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large for an integer, stored as a real: {value}</source>
        <translation>{field} terlalu besar untuk bilangan bulat, disimpan sebagai bilangan real: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Bytes that are not UTF-8 replaced by U+FFFD (line {field}, byte {value})</source>
        <translation>Byte yang bukan UTF-8 diganti dengan U+FFFD (baris {field}, byte {value})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a fraction from 0 to 1</source>
        <translation>pecahan dari 0 sampai 1</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a whole number of plots, 0 or more</source>
        <translation>jumlah petak berupa bilangan bulat, 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>an area of 0 ha or more</source>
        <translation>luas 0 ha atau lebih</translation>
    </message>
</context>
<context>
    <name>ExportTracesGeojson</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Export EU-ready GeoJSON (TRACES)</source>
        <translation>Ekspor GeoJSON siap UE (TRACES)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most 1,000 producers of the commodity); the summary says which limit closed each file. A feature with preflight errors refuses the export (nothing is written; the message names it) unless INCLUDE_ERRORS. Features written without ProducerCountry are warned about: map it with COUNTRY_FIELD.</source>
        <translation>Menulis GeoJSON untuk Sistem Informasi UE: hanya ProducerName, ProducerCountry, ProductionPlace dan Area; koordinat dipotong menjadi 6 desimal, sebagaimana disimpan sistem UE; lon/lat; GeometryCollection apa adanya. Setiap berkas adalah satu bundel: muatan yang dapat dibawa satu Pernyataan Uji Tuntas (di bawah 25 MB baik saat ditulis maupun setelah dienkode base64, paling banyak 1.000 produsen untuk komoditas tersebut); ringkasan menyebutkan batas mana yang menutup setiap berkas. Fitur dengan kesalahan pemeriksaan pra-unggah membatalkan ekspor (tidak ada yang ditulis; pesan menyebut fitur tersebut) kecuali INCLUDE_ERRORS. Fitur yang ditulis tanpa ProducerCountry diberi peringatan: petakan dengan COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerName from</source>
        <translation>ProducerName dari</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerCountry from</source>
        <translation>ProducerCountry dari</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProductionPlace from</source>
        <translation>ProductionPlace dari</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area from</source>
        <translation>Area dari</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Include features with errors</source>
        <translation>Sertakan fitur dengan kesalahan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>File name prefix</source>
        <translation>Awalan nama berkas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Files written</source>
        <translation>Berkas yang ditulis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>What went where (JSON)</source>
        <translation>Apa masuk ke mana (JSON)</translation>
    </message>
</context>
<context>
    <name>FacilityCard</name>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Untitled source</source>
        <translation>Sumber tanpa judul</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Risk signal: {signal}; relevance: {relevance}</source>
        <translation>Sinyal risiko: {signal}; relevansi: {relevance}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Invalid</source>
        <translation>Tidak valid</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No commodity presence</source>
        <translation>Komoditas tidak ada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low commodity presence</source>
        <translation>Keberadaan komoditas rendah</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No POI nearby</source>
        <translation>Tidak ada POI di dekatnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No building presence</source>
        <translation>Tidak ada bangunan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No road access</source>
        <translation>Tidak ada akses jalan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High building density (urban)</source>
        <translation>Kepadatan bangunan tinggi (perkotaan)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Deforestation nearby</source>
        <translation>Deforestasi di dekatnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check a facility here</source>
        <translation>Periksa fasilitas di sini</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Pick on the map</source>
        <translation>Pilih di peta</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click a point on the map: Epoch validates it as a facility with the commodity and facility options above.</source>
        <translation>Klik sebuah titik di peta: Epoch memvalidasinya sebagai fasilitas dengan opsi komoditas dan fasilitas di atas.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>or type longitude, latitude (WGS 84)</source>
        <translation>atau ketik bujur, lintang (WGS 84)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Sertakan deforestasi dalam radius 50 km</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click the facility on the map.</source>
        <translation>Klik fasilitas di peta.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. {example}.</source>
        <translation>Ketik titik sebagai bujur, lintang dalam derajat WGS 84, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>A check is running: wait for its answer.</source>
        <translation>Pemeriksaan sedang berjalan: tunggu jawabannya.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking the facility at {point} ...</source>
        <translation>Memeriksa fasilitas di {point} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking a facility</source>
        <translation>Memeriksa fasilitas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{name} — score {score}, {level}</source>
        <translation>{name} — skor {score}, {level}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Penalties (from 1.00):</source>
        <translation>Penalti (dari 1,00):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No penalty: every scored signal is present.</source>
        <translation>Tanpa penalti: setiap sinyal yang dinilai ada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Warning: {text}</source>
        <translation>Peringatan: {text}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality sources (Article 10): not asked (tick an Article 10 check above).</source>
        <translation>Sumber legalitas (Pasal 10): tidak diminta (centang pemeriksaan Pasal 10 di atas).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality risk (Article 10): {level} ({score})</source>
        <translation>Risiko legalitas (Pasal 10): {level} ({score})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} source</source>
        <translation>{n} sumber</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} sources</source>
        <translation>{n} sumber</translation>
    </message>
    <message>
        <source>Checking the facility at {lon}, {lat} ...</source>
        <translation type="obsolete">Memeriksa fasilitas di {lon}, {lat} ...</translation>
    </message>
    <message>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. 100.5018, 13.7563.</source>
        <translation type="obsolete">Ketik titik sebagai bujur, lintang dalam derajat WGS 84, misalnya 100.5018, 13.7563.</translation>
    </message>
    <message>
        <source>{id} — score {score}, {level}</source>
        <translation type="obsolete">{id} — skor {score}, {level}</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Fasilitas diperiksa di {lon}, {lat}: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source</source>
        <translation type="obsolete">{n} sumber legalitas</translation>
    </message>
    <message>
        <source>{n} legality sources</source>
        <translation type="obsolete">{n} sumber legalitas</translation>
    </message>
    <message>
        <source>{n} check kept</source>
        <translation type="obsolete">{n} pemeriksaan disimpan</translation>
    </message>
    <message>
        <source>{n} checks kept</source>
        <translation type="obsolete">{n} pemeriksaan disimpan</translation>
    </message>
    <message>
        <source>Checking the facility at {lon:.5f}, {lat:.5f} ...</source>
        <translation type="obsolete">Memeriksa fasilitas di {lon:.5f}, {lat:.5f} ...</translation>
    </message>
    <message>
        <source>Legality risk (Article 10): {level} ({score}); {n} source(s)</source>
        <translation type="obsolete">Risiko legalitas (Pasal 10): {level} ({score}); {n} sumber</translation>
    </message>
    <message>
        <source>Legality sources (Article 10): not asked (tick &apos;Legality sources&apos; above).</source>
        <translation type="obsolete">Sumber legalitas (Pasal 10): tidak diminta (centang &apos;Sumber legalitas&apos; di atas).</translation>
    </message>
</context>
<context>
    <name>FacilityChecks</name>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation>{point} berada di luar koordinat dunia (bujur -180 sampai 180, lintang -90 sampai 90): klik di daratan, atau ketik bujur, lintang dalam WGS 84.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation>{point} berada di laut (tidak ada negara di sana pada peta dunia): fasilitas berada di darat. Klik lokasi fasilitas.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The map has no coordinate reference system: set the project&apos;s CRS first.</source>
        <translation>Peta tidak memiliki sistem referensi koordinat: tetapkan CRS proyek terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>This point cannot be placed on the globe from {crs}: click inside the map&apos;s valid area.</source>
        <translation>Titik ini tidak dapat ditempatkan di bola bumi dari {crs}: klik di dalam area peta yang valid.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Facility checked at {point}: {level} ({score})</source>
        <translation>Fasilitas diperiksa di {point}: {level} ({score})</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality source</source>
        <translation>{n} sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality sources</source>
        <translation>{n} sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} check kept</source>
        <translation>{n} pemeriksaan disimpan</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} checks kept</source>
        <translation>{n} pemeriksaan disimpan</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The server answered without a result for {lon:.5f}, {lat:.5f}; nothing was kept.</source>
        <translation>Server menjawab tanpa hasil untuk {lon:.5f}, {lat:.5f}; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities: legality sources</source>
        <translation>Fasilitas yang diperiksa: sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities</source>
        <translation>Fasilitas yang diperiksa</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Legality sources of the checked facility</source>
        <translation>Sumber legalitas fasilitas yang diperiksa</translation>
    </message>
    <message>
        <source>{lon}, {lat} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation type="obsolete">{lon}, {lat} berada di luar koordinat dunia (bujur -180 sampai 180, lintang -90 sampai 90): klik di daratan, atau ketik bujur, lintang dalam WGS 84.</translation>
    </message>
    <message>
        <source>{lon}, {lat} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon}, {lat} berada di laut (tidak ada negara di sana pada peta dunia): fasilitas berada di darat. Klik lokasi fasilitas.</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Fasilitas diperiksa di {lon}, {lat}: {level} ({score})</translation>
    </message>
    <message>
        <source>{lon:.5f}, {lat:.5f} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon:.5f}, {lat:.5f} berada di laut (tidak ada negara di sana pada peta dunia): fasilitas berada di darat. Klik lokasi fasilitas.</translation>
    </message>
    <message>
        <source>Facility checked at {lon:.5f}, {lat:.5f}: {level} ({score})</source>
        <translation type="obsolete">Fasilitas diperiksa di {lon:.5f}, {lat:.5f}: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source(s)</source>
        <translation type="obsolete">{n} sumber legalitas</translation>
    </message>
    <message>
        <source>{n} check(s) kept</source>
        <translation type="obsolete">{n} pemeriksaan disimpan</translation>
    </message>
</context>
<context>
    <name>FacilitySources</name>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>Article 10 sources of {facility}:</source>
        <translation>Sumber Pasal 10 untuk {facility}:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>No Article 10 source found for {facility}.</source>
        <translation>Tidak ada sumber Pasal 10 yang ditemukan untuk {facility}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>this facility</source>
        <translation>fasilitas ini</translation>
    </message>
</context>
<context>
    <name>FetchAssessments</name>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Fetch producer assessments</source>
        <translation>Ambil penilaian produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) with the dashboard&apos;s verdicts: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a snapshot in the output GeoPackage, for compare_assessments.</source>
        <translation>Memuat setiap penilaian wilayah pasokan dan petak langsung (stat_type=all, table_extension=eudr) beserta putusan dasbor: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) membatasi deforestasi yang dihitung; awalnya secara bawaan adalah tanggal batas EUDR, 2020-12-31. Dengan KEEP_SNAPSHOT, pemuatan juga disimpan sebagai snapshot di GeoPackage keluaran, untuk compare_assessments.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Maximum rows</source>
        <translation>Jumlah baris maksimum</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Commodity filter</source>
        <translation>Filter komoditas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Country filter</source>
        <translation>Filter negara</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producer (company) filter</source>
        <translation>Filter produsen (perusahaan)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Keep this load as a snapshot (for compare_assessments)</source>
        <translation>Simpan pemuatan ini sebagai snapshot (untuk compare_assessments)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producers per status</source>
        <translation>Produsen per status</translation>
    </message>
</context>
<context>
    <name>FetchPlots</name>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>{count} of {collection} written</source>
        <translation>{count} dari {collection} ditulis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>&apos;{producer}&apos; (collection {id}) has no plots: it is Not Assessable ({reason}), so Epoch checked none.</source>
        <translation>&apos;{producer}&apos; (koleksi {id}) tidak memiliki petak: statusnya Tidak dapat dinilai ({reason}), jadi Epoch tidak memeriksa satu pun.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Fetch plots of a collection (drill-down)</source>
        <translation>Ambil petak suatu koleksi (rincian)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Loads the plots of one assessed collection with their deforestation figures and a binary status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the reason in data_error, when the area is not a number). No more than LIMIT plots are read. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. A collection the server does not know, or a Not Assessable one without plots, is refused before anything is written.</source>
        <translation>Memuat petak dari satu koleksi yang sudah dinilai beserta angka deforestasinya dan status biner: Tidak patuh jika kehilangan tutupan hutan setelah 2020 melebihi 0,5 ha, selain itu Patuh (Kesalahan data, dengan alasannya di data_error, bila luas bukan angka). Tidak lebih dari LIMIT petak yang dibaca. MONITORING_START / MONITORING_END (YYYY-MM-DD) membatasi deforestasi yang dihitung; awalnya secara bawaan adalah tanggal batas EUDR, 2020-12-31. Koleksi yang tidak dikenal server, atau yang Tidak dapat dinilai tanpa petak, ditolak sebelum ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Collection id</source>
        <translation>Id koleksi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Maximum plots</source>
        <translation>Jumlah petak maksimum</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
</context>
<context>
    <name>FieldAliases</name>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC Plots</source>
        <translation>Petak tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC %</source>
        <translation>% tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Article 10</source>
        <translation>Pasal 10</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status key</source>
        <translation>Kunci status</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk rank</source>
        <translation>Peringkat risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Skip reason</source>
        <translation>Alasan dilewati</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Locations confidence</source>
        <translation>Keyakinan lokasi</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area (ha)</source>
        <translation>Luas tidak patuh (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area fraction</source>
        <translation>Proporsi luas tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC rate</source>
        <translation>Laju tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supply shed (ha)</source>
        <translation>Wilayah pasokan (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Stat type</source>
        <translation>Jenis statistik</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Collection</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supplier ID</source>
        <translation>ID pemasok</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility location</source>
        <translation>Lokasi fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Metadata (JSON)</source>
        <translation>Metadata (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country code</source>
        <translation>Kode negara</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data error</source>
        <translation>Kesalahan data</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU country risk</source>
        <translation>Risiko negara UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU check %</source>
        <translation>% pemeriksaan UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area (ha)</source>
        <translation>Luas (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss from</source>
        <translation>Kehilangan dari</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss to</source>
        <translation>Kehilangan hingga</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion</source>
        <translation>Pendapat kedua</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion score</source>
        <translation>Skor pendapat kedua</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country</source>
        <translation>Pendapat ke-2: negara</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss</source>
        <translation>Pendapat ke-2: kehilangan hutan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert</source>
        <translation>Pendapat ke-2: alert</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert area</source>
        <translation>Pendapat ke-2: luas peringatan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: uncertainty</source>
        <translation>Pendapat ke-2: ketidakpastian</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss %</source>
        <translation>Pendapat ke-2: % kehilangan hutan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert date</source>
        <translation>Pendapat ke-2: tanggal alert</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country code</source>
        <translation>Pendapat ke-2: kode negara</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country risk</source>
        <translation>Pendapat ke-2: risiko negara</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country from</source>
        <translation>Pendapat ke-2: sumber negara</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: reasons</source>
        <translation>Pendapat ke-2: alasan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Epoch and 2nd opinion disagree</source>
        <translation>Epoch dan pendapat ke-2 tidak sepakat</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility ID</source>
        <translation>ID fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Comm. Presence</source>
        <translation>Kbr. komoditas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Building</source>
        <translation>Bangunan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Road</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Port</source>
        <translation>Pelabuhan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>High Density</source>
        <translation>Kepadatan tinggi</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer Name</source>
        <translation>Nama produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confirmed</source>
        <translation>Terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Deforestation (ha)</source>
        <translation>Deforestasi (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed score</source>
        <translation>Skor dihitung ulang</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed level</source>
        <translation>Tingkat dihitung ulang</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No commodity presence</source>
        <translation>Penalti: komoditas tidak ada</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Low commodity presence</source>
        <translation>Penalti: keberadaan komoditas rendah</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No POI nearby</source>
        <translation>Penalti: tidak ada POI di dekatnya</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No building presence</source>
        <translation>Penalti: tidak ada bangunan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No road access</source>
        <translation>Penalti: tidak ada akses jalan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: High building density (urban)</source>
        <translation>Penalti: kepadatan bangunan tinggi (perkotaan)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Deforestation nearby</source>
        <translation>Penalti: deforestasi di dekatnya</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Source feature</source>
        <translation>Fitur sumber</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Protected area</source>
        <translation>Kawasan lindung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Checked at (UTC)</source>
        <translation>Diperiksa pada (UTC)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity radius (m)</source>
        <translation>Radius komoditas (m)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Options sent (JSON)</source>
        <translation>Opsi terkirim (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk score</source>
        <translation>Skor risiko legalitas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk</source>
        <translation>Risiko legalitas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality summary</source>
        <translation>Ringkasan legalitas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality sources</source>
        <translation>Sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Safe link</source>
        <translation>Tautan aman</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Snippet</source>
        <translation>Cuplikan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Relevance</source>
        <translation>Relevansi</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk signal</source>
        <translation>Sinyal risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Sandbox data</source>
        <translation>Data sandbox</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Non-compliant area (ha)</source>
        <translation>Luas tidak patuh (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Location type</source>
        <translation>Jenis lokasi</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot index</source>
        <translation>Indeks plot</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area source</source>
        <translation>Sumber luas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plots</source>
        <translation>Plot</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data note</source>
        <translation>Catatan data</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>The declared commodity</source>
        <translation>Komoditas yang dideklarasikan</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Another crop</source>
        <translation>Tanaman lain</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Forest</source>
        <translation>Hutan</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Recently cleared (stumps, burning)</source>
        <translation>Baru dibuka (tunggul, bekas bakar)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Regrowth / fallow</source>
        <translation>Tumbuhan sekunder / bera</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Pasture or grassland</source>
        <translation>Padang penggembalaan atau padang rumput</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Buildings or roads</source>
        <translation>Bangunan atau jalan</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not reach the plot</source>
        <translation>Petak tidak dapat dicapai</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Other (see notes)</source>
        <translation>Lainnya (lihat catatan)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Unsure</source>
        <translation>Tidak yakin</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch plot ID</source>
        <translation>ID petak Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot UUID</source>
        <translation>UUID petak</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Collection</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Why visit</source>
        <translation>Alasan kunjungan</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch status</source>
        <translation>Status Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Second opinion</source>
        <translation>Pendapat kedua</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Area (ha)</source>
        <translation>Luas (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforested after 2020 (ha)</source>
        <translation>Deforestasi setelah 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert from</source>
        <translation>Alert dari</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert to</source>
        <translation>Alert hingga</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Observed land use</source>
        <translation>Penggunaan lahan teramati</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforestation seen</source>
        <translation>Deforestasi terlihat</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch EUDR field checks</source>
        <translation>Pemeriksaan lapangan Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Field checks (plots to visit)</source>
        <translation>Pemeriksaan lapangan (petak yang akan dikunjungi)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>All plots</source>
        <translation>Semua petak</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Assessment outlines</source>
        <translation>Batas penilaian</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Facilities</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not write the QField project {file}: {error}</source>
        <translation>Proyek QField {file} tidak dapat ditulis: {error}</translation>
    </message>
    <message>
        <source>Supply-shed outlines</source>
        <translation type="obsolete">Batas wilayah pasokan</translation>
    </message>
    <message>
        <source>Could not build the style of &apos;{layer}&apos;: {error}</source>
        <translation type="obsolete">Gaya &apos;{layer}&apos; tidak dapat dibuat: {error}</translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessment to report on</source>
        <translation>{n} penilaian produsen untuk dilaporkan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessments to report on</source>
        <translation>{n} penilaian produsen untuk dilaporkan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} is not a valid expression: {error}.</source>
        <translation>FILTER {expression} bukan ekspresi yang valid: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} names {missing}, which &apos;{layer}&apos; does not have. Its fields: {fields}.</source>
        <translation>FILTER {expression} menyebut {missing}, yang tidak dimiliki &apos;{layer}&apos;. Field-nya: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report (PDF) and QField copy</source>
        <translation>Laporan lapangan (PDF) dan salinan QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>A PDF for a field team, built with a print layout and an atlas: one section per producer assessment (the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each section has a map of the plots coloured by Epoch&apos;s status with the supply-shed outline, the facility, a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works offline); a legend with the counts; the producer&apos;s status, EU country risk, Article 10 risk, assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, alert dates and the centroid&apos;s latitude and longitude (6 decimals), numbered as on the map. Pages are numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock&apos;s results file, fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, that folder also gets &lt;name&gt;.gpkg (the report&apos;s layers and a field_checks layer of the plots to visit, with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and &lt;name&gt;.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier field_checks there is kept.</source>
        <translation>PDF untuk tim lapangan, dibuat dengan print layout dan atlas: satu bagian per penilaian produsen (baris ASSESSMENTS: hanya yang terpilih, dan/atau yang lolos FILTER), status terberat lebih dulu. Setiap bagian memuat peta petak yang diwarnai menurut status Epoch beserta batas wilayah pasokan, fasilitas, skala batang, panah utara, grid dalam derajat dan peta lokasi negara (tanpa peta dasar: dapat bekerja offline); legenda beserta jumlahnya; status produsen, risiko negara UE, risiko Pasal 10, tanggal penilaian dan sumber data (data sandbox dinyatakan sintetis); serta tabel petak yang akan dikunjungi (Tidak patuh menurut Epoch, atau tidak Patuh menurut pendapat kedua) dengan luas, hektare terdeforestasi, tanggal alert serta lintang dan bujur sentroid (6 desimal), bernomor seperti di peta. Halaman diberi nomor. Petak diambil dari DRILLDOWNS (GeoPackage berisi rincian: berkas hasil panel, keluaran fetch_plots) bila tersedia di sana, jika tidak dari server (SERVER, AUTHCFG). Dengan OUTPUT_FOLDER, folder tersebut juga menerima &lt;name&gt;.gpkg (layer laporan dan layer field_checks berisi petak yang akan dikunjungi, dengan widget isian untuk tanggal kunjungan, penggunaan lahan teramati, deforestasi terlihat, foto dan catatan) serta &lt;name&gt;.qgz yang membukanya melalui jalur relatif, siap untuk QFieldSync; isian pada field_checks sebelumnya di sana tetap dipertahankan.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer assessments</source>
        <translation>Penilaian produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Selected producers only</source>
        <translation>Hanya produsen terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Only the producers this expression keeps</source>
        <translation>Hanya produsen yang lolos ekspresi ini</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>GeoPackage with saved drill-downs (read offline)</source>
        <translation>GeoPackage berisi rincian tersimpan (dibaca offline)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Maximum plots per producer fetched</source>
        <translation>Jumlah maksimum petak yang diambil per produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report</source>
        <translation>Laporan lapangan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField copy (folder)</source>
        <translation>Salinan QField (folder)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField project</source>
        <translation>Proyek QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer sections</source>
        <translation>Bagian produsen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Plots to visit</source>
        <translation>Petak yang akan dikunjungi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>No assessments layer.</source>
        <translation>Tidak ada layer penilaian.</translation>
    </message>
    <message>
        <source>{n} producer assessment(s) to report on</source>
        <translation type="obsolete">{n} penilaian produsen untuk dilaporkan</translation>
    </message>
</context>
<context>
    <name>GeoPackageWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Cannot write in {folder}: {error}. Choose another folder.</source>
        <translation>Tidak dapat menulis di {folder}: {error}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>The disk holding {folder} ({disk}) is full ({free} free): {file} was left as it was. Free some space there or choose a folder on another disk, then run again.</source>
        <translation>Disk tempat {folder} ({disk}) penuh ({free} tersisa): {file} dibiarkan seperti semula. Kosongkan ruang di sana atau pilih folder di disk lain, lalu jalankan lagi.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program; it is open in {programs}. Close it there (or save or discard its edits), then run again: the file was left as it was.</source>
        <translation>{file} dikunci oleh program lain; berkas itu terbuka di {programs}. Tutup di sana (atau simpan atau buang suntingannya), lalu jalankan lagi: berkas dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program: close it there and run again.</source>
        <translation>{file} dikunci oleh program lain: tutup di sana lalu jalankan lagi.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Could not write layer &apos;{layer}&apos; to {file}: {error}</source>
        <translation>Layer &apos;{layer}&apos; tidak dapat ditulis ke {file}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{program} (process {pid})</source>
        <translation>{program} (proses {pid})</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>this QGIS (process {pid})</source>
        <translation>QGIS ini (proses {pid})</translation>
    </message>
</context>
<context>
    <name>Geocoding</name>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Choose the CSV or XLSX file of addresses to geocode.</source>
        <translation>Pilih berkas CSV atau XLSX berisi alamat untuk digeokode.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: geocoding takes a CSV or XLSX file of addresses (one row per facility); this file is neither.</source>
        <translation>{name}: geokode memerlukan berkas CSV atau XLSX berisi alamat (satu baris per fasilitas); berkas ini bukan keduanya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: the file does not exist (moved or deleted?).</source>
        <translation>{name}: berkas tidak ada (dipindahkan atau dihapus?).</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server&apos;s answer left it out</source>
        <translation>jawaban server tidak menyertakannya</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server says: “{reason}”</source>
        <translation>server menyatakan: “{reason}”</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>no place found</source>
        <translation>tidak ada tempat yang ditemukan</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row} ({name}): {why}</source>
        <translation>baris {row} ({name}): {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row}: {why}</source>
        <translation>baris {row}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more row (see the layer&apos;s preview_status column)</source>
        <translation>dan {n} baris lagi (lihat kolom preview_status pada layer)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more rows (see the layer&apos;s preview_status column)</source>
        <translation>dan {n} baris lagi (lihat kolom preview_status pada layer)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. This row is in the layer without a point: fix its address in the file and preview again, or place it by hand.</source>
        <translation>Tidak tergeokode: {rows}. Baris ini ada di layer tanpa titik: perbaiki alamatnya di berkas lalu pratinjau lagi, atau tempatkan secara manual.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. These rows are in the layer without a point: fix their address in the file and preview again, or place them by hand.</source>
        <translation>Tidak tergeokode: {rows}. Baris-baris ini ada di layer tanpa titik: perbaiki alamatnya di berkas lalu pratinjau lagi, atau tempatkan secara manual.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} row geocoded: check the point (move it if it is wrong) before screening this layer.</source>
        <translation>{placed} dari {total} baris tergeokode: periksa titiknya (pindahkan jika salah) sebelum menapis layer ini.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} rows geocoded: check the points (move any that is wrong) before screening this layer.</source>
        <translation>{placed} dari {total} baris tergeokode: periksa titik-titiknya (pindahkan yang salah) sebelum menapis layer ini.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>placed</source>
        <translation>ditempatkan</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>not placed</source>
        <translation>tidak ditempatkan</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding</source>
        <translation>Geokode</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Row in the file</source>
        <translation>Baris dalam berkas</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding note</source>
        <translation>Catatan geokode</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoded: {file}</source>
        <translation>Digeokode: {file}</translation>
    </message>
    <message>
        <source>the server says: {reason}</source>
        <translation type="obsolete">server menyatakan: {reason}</translation>
    </message>
    <message>
        <source>and {n} more (see the layer&apos;s preview_status column)</source>
        <translation type="obsolete">dan {n} lagi (lihat kolom preview_status pada layer)</translation>
    </message>
</context>
<context>
    <name>GpkgWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>&apos;{name}&apos; as &apos;{column}&apos;</source>
        <translation>&apos;{name}&apos; menjadi &apos;{column}&apos;</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{names} and {n} more</source>
        <translation>{names} dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property name renamed for the GeoPackage: {names}</source>
        <translation>{n} nama properti diganti untuk GeoPackage: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property names renamed for the GeoPackage: {names}</source>
        <translation>{n} nama properti diganti untuk GeoPackage: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property name not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nama properti lagi tidak disimpan (satu lapisan memuat paling banyak {limit} kolom)</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property names not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nama properti lagi tidak disimpan (satu lapisan memuat paling banyak {limit} kolom)</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>log in to check the submitted jobs</source>
        <translation>masuk untuk memeriksa pekerjaan yang diajukan</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Checking submitted collections</source>
        <translation>Memeriksa koleksi yang diajukan</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Load assessments</source>
        <translation>Muat penilaian</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {name} are ready.</source>
        <translation>Hasil {name} sudah siap.</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collection</source>
        <translation>{names} dan {n} koleksi lainnya</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collections</source>
        <translation>{names} dan {n} koleksi lainnya</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {count} collections are ready: {names}.</source>
        <translation>Hasil {count} koleksi sudah siap: {names}.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="obsolete">{names} dan {n} lainnya</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not UTF-8 text</source>
        <translation>bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it was cut short</source>
        <translation>berkasnya terpotong</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not a list of jobs</source>
        <translation>bukan daftar pekerjaan</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>some records are unreadable</source>
        <translation>sebagian catatan tidak terbaca</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job still readable in it.</source>
        <translation>Berkas pekerjaan yang diajukan tidak dapat dibaca seluruhnya ({why}): berkas disimpan sebagai {kept}, dan daftar baru dimulai dengan {n} pekerjaan yang masih terbaca di dalamnya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} jobs still readable in it.</source>
        <translation>Berkas pekerjaan yang diajukan tidak dapat dibaca seluruhnya ({why}): berkas disimpan sebagai {kept}, dan daftar baru dimulai dengan {n} pekerjaan yang masih terbaca di dalamnya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>Cannot save the submitted jobs in {path}: {reason}</source>
        <translation>Pekerjaan yang diajukan tidak dapat disimpan di {path}: {reason}</translation>
    </message>
    <message>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job(s) still readable in it.</source>
        <translation type="obsolete">Berkas pekerjaan yang diajukan tidak dapat dibaca seluruhnya ({why}): berkas disimpan sebagai {kept}, dan daftar baru dimulai dengan {n} pekerjaan yang masih terbaca di dalamnya.</translation>
    </message>
</context>
<context>
    <name>LayerFeatures</name>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>Cannot open the layer {layer} of {path}: load it again.</source>
        <translation>Lapisan {layer} dari {path} tidak dapat dibuka: muat lagi lapisan itu.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>The filter of {layer} cannot be read ({error}): clear it and try again.</source>
        <translation>Filter {layer} tidak dapat dibaca ({error}): hapus filter itu lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>LayerJoin</name>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>These results have no source feature ids; screen the layer again to join them.</source>
        <translation>Hasil ini tidak memiliki id fitur sumber; tapis ulang layer tersebut untuk menggabungkannya.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to add the feature id field to &apos;{layer}&apos;.</source>
        <translation>QGIS menolak menambahkan field id fitur ke &apos;{layer}&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>{layer} (joined)</source>
        <translation>{layer} (gabungan)</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS could not open the results of &apos;{layer}&apos; again to join them.</source>
        <translation>QGIS tidak dapat membuka kembali hasil &apos;{layer}&apos; untuk menggabungkannya.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to join the results to &apos;{layer}&apos;.</source>
        <translation>QGIS menolak menggabungkan hasil ke &apos;{layer}&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>Could not read the fields {fields} of &apos;{layer}&apos; ({path}) with GDAL; nothing was written.</source>
        <translation>Field {fields} dari &apos;{layer}&apos; ({path}) tidak dapat dibaca dengan GDAL; tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>LayerPreflight</name>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} feature written fixed (checked again: {after})</source>
        <translation>; {n} fitur ditulis dalam keadaan diperbaiki (diperiksa ulang: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} features written fixed (checked again: {after})</source>
        <translation>; {n} fitur ditulis dalam keadaan diperbaiki (diperiksa ulang: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> (most frequent: {codes})</source>
        <translation> (paling sering: {codes})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{errors}, {warnings}, {ok}</source>
        <translation>{errors}, {warnings}, {ok}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} error</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} errors</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warning</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warnings</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature OK</source>
        <translation>{n} fitur OK</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features OK</source>
        <translation>{n} fitur OK</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table without geometry: the check before upload tests plot and facility geometries against the EU rules, so there is nothing to check. Open the file with its coordinate columns as points (Layer &gt; Add Layer &gt; Add Delimited Text Layer, X and Y fields), or screen the table as facility addresses to geocode.</source>
        <translation>&apos;{layer}&apos; adalah tabel tanpa geometri: pemeriksaan sebelum unggah menguji geometri petak dan fasilitas terhadap aturan UE, sehingga tidak ada yang dapat diperiksa. Buka berkas tersebut dengan kolom koordinatnya sebagai titik (Layer &gt; Add Layer &gt; Add Delimited Text Layer, field X dan Y), atau tapis tabel sebagai alamat fasilitas untuk digeokode.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: give both the latitude and the longitude column (columns: {fields}){unknown}.</source>
        <translation>&apos;{layer}&apos;: berikan kolom lintang dan kolom bujur sekaligus (kolom: {fields}){unknown}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; no column {name}</source>
        <translation>; tidak ada kolom {name}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its columns {columns} may hold the coordinates, but which are the latitude and the longitude is not clear: choose them (LATITUDE_FIELD and LONGITUDE_FIELD in Processing).</source>
        <translation>&apos;{layer}&apos; adalah tabel: kolom {columns} mungkin berisi koordinat, tetapi tidak jelas mana lintang dan mana bujur: pilihlah (LATITUDE_FIELD dan LONGITUDE_FIELD di Pengolahan).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its rows are read as points, latitude from &apos;{lat}&apos; and longitude from &apos;{lon}&apos; (decimal degrees, EPSG:4326).</source>
        <translation>&apos;{layer}&apos; adalah tabel: barisnya dibaca sebagai titik, lintang dari &apos;{lat}&apos; dan bujur dari &apos;{lon}&apos; (derajat desimal, EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Fixed: {layer}</source>
        <translation>Diperbaiki: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Preflight: {layer}</source>
        <translation>Pemeriksaan pra-unggah: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature; {why}</source>
        <translation>{n} fitur; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features; {why}</source>
        <translation>{n} fitur; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>no feature</source>
        <translation>tidak ada fitur</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; has no point or polygon to check ({detail}): give the features their plot polygons or points, and check again.</source>
        <translation>&apos;{layer}&apos; tidak memiliki titik atau poligon untuk diperiksa ({detail}): berikan poligon atau titik petak pada fitur-fiturnya, lalu periksa lagi.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (points)</source>
        <translation>{title} (titik)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (polygons)</source>
        <translation>{title} (poligon)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{feature}: {errors}</source>
        <translation>{feature}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> and {n} more</source>
        <translation> dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} feature has errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export it as it is.</source>
        <translation>&apos;{layer}&apos;: {n} fitur memiliki kesalahan yang ditolak sistem UE, jadi tidak ada berkas yang ditulis: {features}{more}. Jalankan pemeriksaan pra-unggah dengan FIX lalu ekspor layer yang diperbaiki, atau tetapkan INCLUDE_ERRORS untuk mengekspornya apa adanya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} features have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation>&apos;{layer}&apos;: {n} fitur memiliki kesalahan yang ditolak sistem UE, jadi tidak ada berkas yang ditulis: {features}{more}. Jalankan pemeriksaan pra-unggah dengan FIX lalu ekspor layer yang diperbaiki, atau tetapkan INCLUDE_ERRORS untuk mengekspornya apa adanya.</translation>
    </message>
    <message>
        <source>{n} ok</source>
        <translation type="obsolete">{n} ok</translation>
    </message>
    <message>
        <source>{n} feature(s); {why}</source>
        <translation type="obsolete">{n} fitur; {why}</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos;: {n} feature(s) have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation type="obsolete">&apos;{layer}&apos;: {n} fitur memiliki kesalahan yang ditolak sistem UE, jadi tidak ada berkas yang ditulis: {features}{more}. Jalankan pemeriksaan pra-unggah dengan FIX lalu ekspor layer yang diperbaiki, atau tetapkan INCLUDE_ERRORS untuk mengekspornya apa adanya.</translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>feature {fid}: {why}</source>
        <translation>fitur {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source> and {n} more</source>
        <translation> dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} feature not sent ({shown}{more})</source>
        <translation>{n} fitur tidak dikirim ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} features not sent ({shown}{more})</source>
        <translation>{n} fitur tidak dikirim ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (addresses)</source>
        <translation>fasilitas (alamat)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>no geometries (choose plots or facilities)</source>
        <translation>tanpa geometri (pilih petak atau fasilitas)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (polygons)</source>
        <translation>petak (poligon)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (points)</source>
        <translation>petak (titik)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (points)</source>
        <translation>fasilitas (titik)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>lines (cannot be screened)</source>
        <translation>garis (tidak dapat ditapis)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>mixed geometries (choose plots or facilities)</source>
        <translation>geometri campuran (pilih petak atau fasilitas)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds lines: only points (facilities) or polygons (plots) can be screened, and points with their Area in hectares as plots of up to 4 ha. Convert the layer first, e.g. polygons from closed lines.</source>
        <translation>&apos;{layer}&apos; berisi garis: hanya titik (fasilitas) atau poligon (petak) yang dapat ditapis, serta titik dengan Area dalam hektare sebagai petak hingga 4 ha. Konversikan layer terlebih dahulu, misalnya menjadi poligon dari garis tertutup.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds polygons, which are plots, but the location type is facility: change one of them.</source>
        <translation>&apos;{layer}&apos; berisi poligon, yaitu petak, tetapi jenis lokasinya fasilitas: ubah salah satunya.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Set it in Layer Properties &gt; Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in</source>
        <translation>Tetapkan di Layer Properties &gt; Source (Assigned Coordinate Reference System), misalnya EPSG:4326 bila koordinatnya berupa bujur dan lintang dalam derajat, atau CRS terproyeksi tempat koordinat tersebut diukur</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth and would be sent as if they were degrees. {where}.</source>
        <translation>&apos;{layer}&apos; tidak memiliki sistem referensi koordinat (CRS), sehingga koordinatnya tidak dapat ditempatkan di Bumi dan akan dikirim seolah-olah dalam derajat. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>a local CRS</source>
        <translation>CRS lokal</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; uses &apos;{crs}&apos;, a local (engineering) CRS that is not tied to the Earth: its coordinates cannot be converted to longitude/latitude. {where}.</source>
        <translation>&apos;{layer}&apos; menggunakan &apos;{crs}&apos;, CRS lokal (rekayasa) yang tidak terikat pada Bumi: koordinatnya tidak dapat dikonversi ke bujur/lintang. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and open it again.</source>
        <translation>&apos;{layer}&apos; ({file}) adalah teks UTF-16, yang dibaca QGIS sebagai CSV rusak: {save_as}, lalu buka kembali.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is {encoding} text: read as {encoding}, not as {current}</source>
        <translation>&apos;{layer}&apos; ({file}) adalah teks {encoding}: dibaca sebagai {encoding}, bukan sebagai {current}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Pick a valid vector layer to screen.</source>
        <translation>Pilih layer vektor yang valid untuk ditapis.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>No feature chosen: tick rows in the results table or select features on the map.</source>
        <translation>Tidak ada fitur yang dipilih: centang baris di tabel hasil atau pilih fitur di peta.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no selected features: select some, or untick &apos;Selected features only&apos;.</source>
        <translation>&apos;{layer}&apos; tidak memiliki fitur terpilih: pilih beberapa, atau hapus centang &apos;Hanya fitur terpilih&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL recognises no vector format in it</source>
        <translation>GDAL tidak mengenali format vektor apa pun di dalamnya</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL opens it, but QGIS finds no layer in it</source>
        <translation>GDAL dapat membukanya, tetapi QGIS tidak menemukan layer di dalamnya</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} feature and it has no geometry (its &quot;geometry&quot; is null): the file holds no location to check or screen. Give the feature its point or polygon (the plot drawn, or the facility&apos;s coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>&apos;{layer}&apos; memiliki {n} fitur dan fitur itu tidak memiliki geometri (&quot;geometry&quot;-nya bernilai null): berkas tidak berisi lokasi untuk diperiksa atau ditapis. Berikan titik atau poligon pada fitur tersebut (petak yang digambar, atau koordinat fasilitas); tabel alamat untuk digeokode dikirim sebagai berkas CSV atau XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} features and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>&apos;{layer}&apos; memiliki {n} fitur dan tidak satu pun memiliki geometri (setiap &quot;geometry&quot; bernilai null): berkas tidak berisi lokasi untuk diperiksa atau ditapis. Berikan titik atau poligon pada fitur (petak yang digambar, atau koordinat fasilitas); tabel alamat untuk digeokode dikirim sebagai berkas CSV atau XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Give the features their points or polygons; a table of addresses to geocode goes as a CSV or XLSX file without a geometry column.</source>
        <translation>Berikan titik atau poligon pada fitur; tabel alamat untuk digeokode dikirim sebagai berkas CSV atau XLSX tanpa kolom geometri.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry: {why}.</source>
        <translation>&apos;{layer}&apos; tidak memiliki fitur dengan geometri yang dapat digunakan: {why}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry.</source>
        <translation>&apos;{layer}&apos; tidak memiliki fitur dengan geometri yang dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no rows to send.</source>
        <translation>&apos;{layer}&apos; tidak memiliki baris untuk dikirim.</translation>
    </message>
    <message>
        <source>{n} feature(s) not sent ({shown}{more})</source>
        <translation type="obsolete">{n} fitur tidak dikirim ({shown}{more})</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {n} feature(s) and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation type="obsolete">&apos;{layer}&apos; memiliki {n} fitur dan tidak satu pun memiliki geometri (setiap &quot;geometry&quot; bernilai null): berkas tidak berisi lokasi untuk diperiksa atau ditapis. Berikan titik atau poligon pada fitur (petak yang digambar, atau koordinat fasilitas); tabel alamat untuk digeokode dikirim sebagai berkas CSV atau XLSX.</translation>
    </message>
</context>
<context>
    <name>LegalityWords</name>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>this facility</source>
        <translation>fasilitas ini</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>national</source>
        <translation>nasional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>labour</source>
        <translation>ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>deforestation</source>
        <translation>deforestasi</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>forest degradation</source>
        <translation>degradasi hutan</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>land rights</source>
        <translation>hak atas tanah</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>indigenous peoples</source>
        <translation>masyarakat adat</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental violation</source>
        <translation>pelanggaran lingkungan</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental law</source>
        <translation>hukum lingkungan</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>human rights</source>
        <translation>hak asasi manusia</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>corruption</source>
        <translation>korupsi</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>governance</source>
        <translation>tata kelola</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>sanctions</source>
        <translation>sanksi</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>enforcement</source>
        <translation>penegakan hukum</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain integrity</source>
        <translation>integritas rantai pasok</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain</source>
        <translation>rantai pasok</translation>
    </message>
</context>
<context>
    <name>MapTips</name>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source> ({share} % checked)</source>
        <translation> ({share} % diperiksa)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>EU country risk</source>
        <translation>Risiko negara UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data error</source>
        <translation>Kesalahan data</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data note</source>
        <translation>Catatan data</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC plots</source>
        <translation>Petak tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC %</source>
        <translation>% tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Article 10</source>
        <translation>Pasal 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>high-risk country ({share} %)</source>
        <translation>negara berisiko tinggi ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>standard-risk country ({share} %)</source>
        <translation>negara berisiko standar ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>low-risk country ({share} %)</source>
        <translation>negara berisiko rendah ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Check sample #{order}</source>
        <translation>Sampel pemeriksaan #{order}</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>unknown country, checked as standard ({share} %)</source>
        <translation>negara tidak diketahui, diperiksa sebagai standar ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>random pick (seed {seed}); </source>
        <translation>pilihan acak (seed {seed}); </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plot in all</source>
        <translation>produsen, semua penilaiannya: paling buruk {status}, total {plots} petak tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plots in all</source>
        <translation>produsen, semua penilaiannya: paling buruk {status}, total {plots} petak tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>, up to {percent} % of an assessment&apos;s area non-compliant</source>
        <translation>, hingga {percent} % luas suatu penilaian tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producer</source>
        <translation>urutan {position} dari {required} yang diperiksa di antara {population} produsen</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producers</source>
        <translation>urutan {position} dari {required} yang diperiksa di antara {population} produsen</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Area (ha)</source>
        <translation>Luas (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforested (ha)</source>
        <translation>Terdeforestasi (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (skor {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Second opinion</source>
        <translation>Pendapat kedua</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Its parts</source>
        <translation>Komponennya</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity presence</source>
        <translation>Keberadaan komoditas</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>POI nearby</source>
        <translation>POI di sekitar</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Building presence</source>
        <translation>Keberadaan bangunan</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Road access</source>
        <translation>Akses jalan</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>High building density (urban)</source>
        <translation>Kepadatan bangunan tinggi (perkotaan)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforestation nearby (ha)</source>
        <translation>Deforestasi di sekitar (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{value} (penalty {penalty})</source>
        <translation>{value} (penalti {penalty})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality risk</source>
        <translation>Risiko legalitas</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality summary</source>
        <translation>Ringkasan legalitas</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>no problem found</source>
        <translation>tidak ada masalah</translation>
    </message>
    <message>
        <source>; {position} of {required} to check among {population} producer(s)</source>
        <translation type="obsolete">; urutan {position} dari {required} yang diperiksa di antara {population} produsen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="obsolete">ok</translation>
    </message>
</context>
<context>
    <name>MonitoringWindow</name>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring from (YYYY-MM-DD)</source>
        <translation>Pemantauan mulai (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off date: forest lost after it makes a product non-compliant. Empty: the server&apos;s default.</source>
        <translation>Hari pertama periode pemantauan, YYYY-MM-DD. Bawaan {cutoff}, tanggal batas EUDR: hutan yang hilang setelah tanggal itu membuat produk tidak patuh. Kosong: bawaan server.</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation>Pemantauan hingga (YYYY-MM-DD, opsional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data.</source>
        <translation>Hari terakhir periode pemantauan, YYYY-MM-DD. Kosong: hingga data terbaru.</translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>split it with Vector &gt; Geometry Tools &gt; Multipart to Singleparts</source>
        <translation>pecah dengan Vector &gt; Geometry Tools &gt; Multipart to Singleparts</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>no geometry</source>
        <translation>tidak ada geometri</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>empty geometry</source>
        <translation>geometri kosong</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a line: only points and polygons can be screened</source>
        <translation>garis: hanya titik dan poligon yang dapat ditapis</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>an empty geometry collection</source>
        <translation>koleksi geometri kosong</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection holding lines: only points and polygons can be screened ({hint})</source>
        <translation>koleksi geometri yang berisi garis: hanya titik dan poligon yang dapat ditapis ({hint})</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection mixing points and polygons: {hint}, then screen each kind</source>
        <translation>koleksi geometri yang mencampur titik dan poligon: {hint}, lalu tapis setiap jenis</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a polygon: facilities are points (screen polygons as plots)</source>
        <translation>poligon: fasilitas berupa titik (tapis poligon sebagai petak)</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>cannot be reprojected to EPSG:4326 ({error})</source>
        <translation>tidak dapat diproyeksikan ulang ke EPSG:4326 ({error})</translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithms</name>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>ProducerName from the field &apos;{field}&apos; (PRODUCER_NAME_FIELD chooses another).</source>
        <translation>ProducerName dari field &apos;{field}&apos; (PRODUCER_NAME_FIELD memilih yang lain).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature without geometry left out: {ids}.</source>
        <translation>{n} fitur tanpa geometri tidak disertakan: {ids}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features without geometry left out: {ids}.</source>
        <translation>{n} fitur tanpa geometri tidak disertakan: {ids}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>or run the preflight with FIX, which sets it from each plot&apos;s location, and export the fixed layer</source>
        <translation>atau jalankan pemeriksaan pra-unggah dengan FIX, yang mengisinya dari lokasi setiap petak, lalu ekspor layer yang diperbaiki</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}): its field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>{n} fitur ditulis tanpa ProducerCountry (fitur {fid}): field &apos;{field}&apos; kosong; isi dengan kode negara dua huruf, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>{n} fitur ditulis tanpa ProducerCountry (yang pertama: fitur {fid}): field &apos;{field}&apos; kosong; isi dengan kode negara dua huruf, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>{n} fitur ditulis tanpa ProducerCountry (fitur {fid}), padahal UE mewajibkannya pada setiap fitur: petakan field yang berisi kode negara dua huruf dengan COUNTRY_FIELD (misalnya COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>{n} fitur ditulis tanpa ProducerCountry (yang pertama: fitur {fid}), padahal UE mewajibkannya pada setiap fitur: petakan field yang berisi kode negara dua huruf dengan COUNTRY_FIELD (misalnya COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation>Pemeriksaan offline</translation>
    </message>
    <message>
        <source>{n} feature(s) without geometry left out: {ids}.</source>
        <translation type="obsolete">{n} fitur tanpa geometri tidak disertakan: {ids}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation type="obsolete">{n} fitur ditulis tanpa ProducerCountry (yang pertama: fitur {fid}): field &apos;{field}&apos; kosong; isi dengan kode negara dua huruf, {fix}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation type="obsolete">{n} fitur ditulis tanpa ProducerCountry (yang pertama: fitur {fid}), padahal UE mewajibkannya pada setiap fitur: petakan field yang berisi kode negara dua huruf dengan COUNTRY_FIELD (misalnya COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened: there is no such file.</source>
        <translation>&apos;{file}&apos; tidak dapat dibuka: berkas tersebut tidak ada.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened ({reason}). The file may be cut short or damaged: export it again from where it came from.</source>
        <translation>&apos;{file}&apos; tidak dapat dibuka ({reason}). Berkas mungkin terpotong atau rusak: ekspor lagi dari sumbernya.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer named &apos;{layer}&apos;. Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; tidak memuat lapisan bernama &apos;{layer}&apos;. Lapisannya: {layers}. Sebutkan salah satunya.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer number {layer} (numbered from 0). Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; tidak memuat lapisan nomor {layer} (dinomori mulai 0). Lapisannya: {layers}. Sebutkan salah satunya.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{producer}: {outcome}</source>
        <translation>{producer}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{said}; {notes}</source>
        <translation>{said}; {notes}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{rows} with a number that is not one, so {verdict} (see the data_error column): {examples}</source>
        <translation>{rows} dengan angka yang bukan angka, sehingga {verdict} (lihat kolom data_error): {examples}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>no snapshot kept for Changes since... ({reason})</source>
        <translation>tidak ada snapshot yang disimpan untuk Perubahan sejak... ({reason})</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../plugin.py"/>
        <source>Show or hide the Epoch EUDR Screening panel</source>
        <translation>Tampilkan atau sembunyikan panel Epoch EUDR Screening</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here</source>
        <translation>Periksa fasilitas di sini</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here: click a point on the map, Epoch validates it as a facility (the Screening tab shows the answer)</source>
        <translation>Periksa fasilitas di sini: klik sebuah titik di peta, Epoch memvalidasinya sebagai fasilitas (tab Penapisan menampilkan jawabannya)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight: EU geolocation rules (offline)</source>
        <translation>Pemeriksaan pra-unggah: aturan geolokasi UE (offline)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Checks every feature against the EU Information System&apos;s geolocation rules and the seed 001 facility tables, without any network: issues (codes), severity (error blocks an EU upload, warning does not), messages, geodesic area and country. Plots are polygons or points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given with its Area in hectares; a polygon&apos;s Area that clearly differs from the polygon drawn is a warning. A table (CSV, XLSX) is read as points from its latitude and longitude columns, recognised by their names or given as LATITUDE_FIELD and LONGITUDE_FIELD. Points and polygons (a GeometryCollection of both included) are written to two layers (OUTPUT and OTHER_OUTPUT). FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric Area), lists what changed, and checks and draws them again. The input layer is never modified.</source>
        <translation>Memeriksa setiap fitur terhadap aturan geolokasi Sistem Informasi UE dan tabel fasilitas seed 001, tanpa jaringan apa pun: masalah (kode), tingkat keparahan (error menghalangi unggahan ke UE, warning tidak), pesan, luas geodesik dan negara. Petak berupa poligon atau titik: titik mewakili petak seluas paling banyak 4 ha (kecuali peternakan sapi) yang diberikan dengan Area-nya dalam hektare; Area poligon yang jelas berbeda dari poligon yang digambar menjadi warning. Tabel (CSV, XLSX) dibaca sebagai titik dari kolom lintang dan bujurnya, dikenali dari namanya atau diberikan sebagai LATITUDE_FIELD dan LONGITUDE_FIELD. Titik dan poligon (termasuk GeometryCollection berisi keduanya) ditulis ke dua layer (OUTPUT dan OTHER_OUTPUT). FIX menulis salinan yang diperbaiki (make valid, 2D, 6 desimal, lubang dipecah, satu poligon per fitur, ProducerCountry, Area numerik), mencantumkan apa yang berubah, lalu memeriksa dan menggambarnya lagi. Layer masukan tidak pernah diubah.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots or facilities</source>
        <translation>Petak atau fasilitas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Write fixed features</source>
        <translation>Tulis fitur yang diperbaiki</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area for points without one (ha)</source>
        <translation>Luas untuk titik yang tidak memilikinya (ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Latitude column (a table without geometry)</source>
        <translation>Kolom lintang (tabel tanpa geometri)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Longitude column (a table without geometry)</source>
        <translation>Kolom bujur (tabel tanpa geometri)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight results</source>
        <translation>Hasil pemeriksaan pra-unggah</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Counts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points beside the polygons (or polygons beside the points)</source>
        <translation>Titik di samping poligon (atau poligon di samping titik)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points and polygons are in two layers: {first} and {second}.</source>
        <translation>Titik dan poligon berada di dua layer: {first} dan {second}.</translation>
    </message>
</context>
<context>
    <name>PreflightBox</name>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Before upload: EU rules, offline</source>
        <translation>Sebelum unggah: aturan UE, offline</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Apply fixes to a new layer</source>
        <translation>Perbaiki ke layer baru</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Export EU-ready GeoJSON</source>
        <translation>Ekspor GeoJSON UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Write the checked layer (or its fixed copy, after Apply fixes) as the GeoJSON files the EU Information System takes (Processing: Export EU-ready GeoJSON (TRACES)); refused while a feature has errors.</source>
        <translation>Menulis layer yang diperiksa (atau salinan perbaikannya, setelah &apos;Perbaiki ke layer baru&apos;) sebagai berkas GeoJSON yang diterima Sistem Informasi UE (Pengolahan: Ekspor GeoJSON siap UE (TRACES)); ditolak selama ada fitur yang memiliki kesalahan.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Click an issue to select and zoom to the features that have it.</source>
        <translation>Klik sebuah masalah untuk memilih dan memperbesar ke fitur yang memilikinya.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Choose a layer to check.</source>
        <translation>Pilih layer yang akan diperiksa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Fixing {layer}</source>
        <translation>Memperbaiki {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checking {layer}</source>
        <translation>Memeriksa {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Coordinates of {layer}</source>
        <translation>Koordinat {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the latitude (decimal degrees):</source>
        <translation>Kolom berisi lintang (derajat desimal):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the longitude (decimal degrees):</source>
        <translation>Kolom berisi bujur (derajat desimal):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>The fixed copy, checked again:</source>
        <translation>Salinan yang diperbaiki, diperiksa lagi:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No feature would be refused by the EU system; {n} with warnings: see the list.</source>
        <translation>Tidak ada fitur yang akan ditolak sistem UE; {n} dengan peringatan: lihat daftar.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No issue found: ready for an EU upload.</source>
        <translation>Tidak ada masalah: siap diunggah ke UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{issue} ({severity})</source>
        <translation>{issue} ({severity})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Code {code} ({severity}): click to select and zoom to these features.</source>
        <translation>Kode {code} ({severity}): klik untuk memilih dan memperbesar ke fitur-fitur ini.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} feature written fixed to a new layer.</source>
        <translation>{n} fitur ditulis dalam keadaan diperbaiki ke layer baru.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} features written fixed to a new layer.</source>
        <translation>{n} fitur yang diperbaiki ditulis ke layer baru.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checked again: none would be refused by the EU system.</source>
        <translation>Diperiksa ulang: tidak ada yang akan ditolak sistem UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check a layer first: the export writes the checked layer, or its fixed copy.</source>
        <translation>Periksa layer terlebih dahulu: ekspor menulis layer yang diperiksa, atau salinan perbaikannya.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Folder for the EU GeoJSON files</source>
        <translation>Folder untuk berkas GeoJSON UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Exporting EU-ready GeoJSON of {layer}</source>
        <translation>Mengekspor GeoJSON siap UE dari {layer}</translation>
    </message>
    <message>
        <source>Check before upload (offline, EU geolocation rules)</source>
        <translation type="obsolete">Pemeriksaan pra-unggah (offline, geolokasi UE)</translation>
    </message>
</context>
<context>
    <name>PreflightExport</name>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>1 EU GeoJSON file written to {folder}: {file}</source>
        <translation>1 berkas GeoJSON UE ditulis ke {folder}: {file}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>{n} EU GeoJSON files written to {folder}: {files}</source>
        <translation>{n} berkas GeoJSON UE ditulis ke {folder}: {files}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>Cannot open the checked layer ({source}): check it again.</source>
        <translation>Layer yang diperiksa tidak dapat dibuka ({source}): periksa lagi.</translation>
    </message>
    <message>
        <source>The export failed: see the Processing log.</source>
        <translation type="obsolete">Ekspor gagal: lihat log pesan (tab Pengolahan).</translation>
    </message>
</context>
<context>
    <name>PreflightWords</name>
    <message>
        <location filename="../layers/words/preflight.py"/>
        <source>Feature {fid}</source>
        <translation>Fitur {fid}</translation>
    </message>
</context>
<context>
    <name>PreviewGeocoding</name>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>INPUT: {reason}</source>
        <translation>INPUT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoding &apos;{file}&apos; on {url}</source>
        <translation>Menggeokode &apos;{file}&apos; di {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Preview geocoding of addresses (normalize_locations)</source>
        <translation>Pratinjau geokode alamat (normalize_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Sends a CSV or XLSX of facility addresses to Epoch&apos;s /normalize_locations and writes where Epoch places each row as a point layer, with the file&apos;s own columns, before any screening: a wrong geocode is a wrong facility. Check the points, move any that is wrong, then screen the layer. Rows Epoch could not place are kept without a point (preview_status = not_geocoded, with the server&apos;s reason in preview_note) and named one by one in the log. The file is not modified; a rerun into the same output replaces the layer.</source>
        <translation>Mengirim CSV atau XLSX berisi alamat fasilitas ke /normalize_locations Epoch dan menulis tempat Epoch menempatkan setiap baris sebagai layer titik, dengan kolom-kolom berkas itu sendiri, sebelum penapisan apa pun: geokode yang salah berarti fasilitas yang salah. Periksa titik-titiknya, pindahkan yang salah, lalu tapis layer tersebut. Baris yang tidak dapat ditempatkan Epoch tetap disimpan tanpa titik (preview_status = not_geocoded, dengan alasan dari server di preview_note) dan disebutkan satu per satu di log. Berkas tidak diubah; menjalankan ulang ke keluaran yang sama menggantikan layer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses (CSV or XLSX)</source>
        <translation>Alamat (CSV atau XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoded addresses</source>
        <translation>Alamat tergeokode</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows geocoded</source>
        <translation>Baris tergeokode</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows not geocoded</source>
        <translation>Baris tidak tergeokode</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>ReportBuild</name>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>all producers</source>
        <translation>semua produsen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producers</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Field report {producers} {date}</source>
        <translation>Laporan lapangan {producers} {date}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{sections}, {pages}, {visits}: {pdf}</source>
        <translation>{sections}, {pages}, {visits}: {pdf}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer section</source>
        <translation>{n} bagian produsen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer sections</source>
        <translation>{n} bagian produsen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} page</source>
        <translation>{n} halaman</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} pages</source>
        <translation>{n} halaman</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plot to visit</source>
        <translation>{n} petak untuk dikunjungi</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plots to visit</source>
        <translation>{n} petak untuk dikunjungi</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>QField project {path}</source>
        <translation>proyek QField {path}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>left out: {items}</source>
        <translation>tidak disertakan: {items}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The filter expression cannot be read: {error}</source>
        <translation>Ekspresi filter tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The drill-down GeoPackage {path} does not exist.</source>
        <translation>GeoPackage rincian {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no collection id)</source>
        <translation>{name} (tanpa id koleksi)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>a row</source>
        <translation>sebuah baris</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots from {file} (saved drill-down)</source>
        <translation>petak dari {file} (rincian tersimpan)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill down first, or give a login.</source>
        <translation>Petak {name} tidak ada di GeoPackage rincian mana pun yang diberikan dan tidak ada login server yang ditetapkan: buka rinciannya terlebih dahulu, atau berikan login.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots fetched from the server</source>
        <translation>petak diambil dari server</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no plots and no location)</source>
        <translation>{name} (tanpa petak dan tanpa lokasi)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{path}: the report is a PDF; give a name ending in .pdf</source>
        <translation>{path}: laporan berupa PDF; berikan nama yang berakhiran .pdf</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>No producer to report on: select producers, or loosen the filter.</source>
        <translation>Tidak ada produsen untuk dilaporkan: pilih produsen, atau longgarkan filter.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Nothing to report: {reasons}</source>
        <translation>Tidak ada yang dilaporkan: {reasons}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{producer}: {note}</source>
        <translation>{producer}: {note}</translation>
    </message>
    <message>
        <source>; QField project {path}</source>
        <translation type="obsolete">; proyek QField {path}</translation>
    </message>
    <message>
        <source>; left out: {items}</source>
        <translation type="obsolete">; tidak disertakan: {items}</translation>
    </message>
    <message>
        <source>{sections} producer section(s), {pages} page(s), {visits} plot(s) to visit: {pdf}</source>
        <translation type="obsolete">{sections} bagian produsen, {pages} halaman, {visits} petak yang akan dikunjungi: {pdf}</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch status</source>
        <translation>Status Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Second opinion</source>
        <translation>Pendapat kedua</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>EU country risk</source>
        <translation>Risiko negara UE</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Article 10 risk</source>
        <translation>Risiko Pasal 10</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Assessment date</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Producer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due diligence</source>
        <translation>DATA SANDBOX: hasil sintetis untuk pelatihan, bukan pengamatan atas lokasi ini dan bukan bukti untuk uji tuntas</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant</source>
        <translation>Tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Needs Review</source>
        <translation>Perlu ditinjau</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant</source>
        <translation>Patuh</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unnamed producer</source>
        <translation>Produsen tanpa nama</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>no plots</source>
        <translation>tanpa petak</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{nc} non-compliant, {review} needs review, {ok} compliant (composite-score method); differs from Epoch on {differ}</source>
        <translation>{nc} tidak patuh, {review} perlu ditinjau, {ok} patuh (metode skor komposit); berbeda dari Epoch pada {differ}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unknown: {country}</source>
        <translation>Tidak diketahui: {country}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)</source>
        <translation>{risk}: {country}; {share} % operator diperiksa setiap tahun (Per. Pelaks. (UE) 2025/1093)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch sandbox</source>
        <translation>Sandbox Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch API</source>
        <translation>Epoch API</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>(synthetic results)</source>
        <translation>(hasil sintetis)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>supplier {supplier}</source>
        <translation>pemasok {supplier}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>collection {collection}</source>
        <translation>koleksi {collection}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)</source>
        <translation>Petak yang akan dikunjungi: tidak ada (tidak ada petak yang Tidak patuh atau dipertanyakan oleh pendapat kedua)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Petak yang akan dikunjungi: {n} (Tidak patuh, atau dipertanyakan oleh pendapat kedua; bernomor seperti di peta)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Petak yang akan dikunjungi: {n} (Tidak patuh, atau dipertanyakan oleh pendapat kedua; bernomor seperti di peta)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next pages</source>
        <translation>; {n} lainnya di halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more plot on the next page</source>
        <translation>; {n} petak lainnya di halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next page</source>
        <translation>; {n} lainnya di halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {number} of {total}</source>
        <translation>Petak yang akan dikunjungi, lanjutan: no. {number} dari {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {first} to {last} of {total}</source>
        <translation>Petak yang akan dikunjungi, lanjutan: no. {first} s.d. {last} dari {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant plots ({n})</source>
        <translation>Petak tidak patuh ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant plots ({n})</source>
        <translation>Petak patuh ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data Error plots ({n})</source>
        <translation>Petak kesalahan data ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Questioned by the second opinion ({n})</source>
        <translation>Dipertanyakan oleh pendapat kedua ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: its no. in the table ({n})</source>
        <translation>Petak yang akan dikunjungi: nomornya di tabel ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Page {n} of {total}</source>
        <translation>Halaman {n} dari {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch EUDR field report · {made} · section {n} of {total}</source>
        <translation>Laporan lapangan Epoch EUDR · {made} · bagian {n} dari {total}</translation>
    </message>
    <message>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Petak yang akan dikunjungi: {n} (Tidak patuh, atau dipertanyakan oleh pendapat kedua; # seperti di peta)</translation>
    </message>
    <message>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Petak yang akan dikunjungi: {n} (Tidak patuh, atau dipertanyakan oleh pendapat kedua; # seperti di peta)</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {number} of {total}</source>
        <translation type="obsolete">Petak yang akan dikunjungi, lanjutan: no. {number} dari {total}</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {first} to {last} of {total}</source>
        <translation type="obsolete">Petak yang akan dikunjungi, lanjutan: # {first} s.d. {last} dari {total}</translation>
    </message>
    <message>
        <source>Plot to visit: its # in the table ({n})</source>
        <translation type="obsolete">Petak yang akan dikunjungi: # di tabel ({n})</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="obsolete">negara tidak diketahui</translation>
    </message>
    <message>
        <source>{status}: no plots ({reason})</source>
        <translation type="obsolete">{status}: tanpa petak ({reason})</translation>
    </message>
    <message>
        <source>{status}: no plots</source>
        <translation type="obsolete">{status}: tanpa petak</translation>
    </message>
    <message>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation type="obsolete">{status}: {nc} dari {plots} petak Tidak patuh, {ha} ha terdeforestasi setelah 2020</translation>
    </message>
    <message>
        <source>, {n} with a data error</source>
        <translation type="obsolete">, {n} dengan kesalahan data</translation>
    </message>
</context>
<context>
    <name>ReportEvidence</name>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} other</source>
        <translation>+{n} lainnya</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} others</source>
        <translation>+{n} lainnya</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Article 10 evidence: source (risk signal)</source>
        <translation>Bukti Pasal 10: sumber (sinyal risiko)</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not open layer &apos;{layer}&apos; of {file}</source>
        <translation>Layer &apos;{layer}&apos; dari {file} tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>WGS 84, grid in degrees, no basemap</source>
        <translation>WGS 84, grid dalam derajat, tanpa peta dasar</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°N</source>
        <translation>{value}°LU</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°S</source>
        <translation>{value}°LS</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°E</source>
        <translation>{value}°BT</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°W</source>
        <translation>{value}°BB</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Where it is</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Supply-shed outline</source>
        <translation>Batas wilayah pasokan</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Assessed area outline</source>
        <translation>Batas area yang dinilai</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Plot</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Area ha</source>
        <translation>Luas ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Deforested ha</source>
        <translation>Deforestasi ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Second opinion</source>
        <translation>Pendapat kedua</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert from</source>
        <translation>Alert dari</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert to</source>
        <translation>Alert hingga</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No plot to visit.</source>
        <translation>Tidak ada petak yang akan dikunjungi.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch EUDR field report</source>
        <translation>Laporan lapangan Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not write the report {file}: {error}</source>
        <translation>Laporan {file} tidak dapat ditulis: {error}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>country unknown</source>
        <translation>negara tidak diketahui</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>invalid geometry: nothing was scored</source>
        <translation>geometri tidak valid: tidak ada yang dinilai</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid address</source>
        <translation>tidak diproses: alamat tidak valid</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: commodity not in scope</source>
        <translation>tidak diproses: komoditas di luar cakupan</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: address too approximate</source>
        <translation>tidak diproses: alamat terlalu perkiraan</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: validation confidence too low</source>
        <translation>tidak diproses: tingkat keyakinan validasi terlalu rendah</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: no address or geolocation provided</source>
        <translation>tidak diproses: tidak ada alamat atau geolokasi yang diberikan</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid file</source>
        <translation>tidak diproses: berkas tidak valid</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots ({reason})</source>
        <translation>{status}: tanpa petak ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots</source>
        <translation>{status}: tanpa petak</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} dari {plots} petak Tidak patuh, {ha} ha terdeforestasi setelah 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} dari {plots} petak Tidak patuh, {ha} ha terdeforestasi setelah 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with a data error</source>
        <translation>, {n} dengan kesalahan data</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with data errors</source>
        <translation>, {n} dengan kesalahan data</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Epoch assessments</source>
        <translation>Penilaian Epoch</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Plots: {producer}</source>
        <translation>Petak: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Supply shed: {producer}</source>
        <translation>Wilayah pasokan: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Assessed area: {producer}</source>
        <translation>Area yang dinilai: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Facility: {producer}</source>
        <translation>Fasilitas: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (facilities)</source>
        <translation>Penapisan: {layer} (fasilitas)</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (plots)</source>
        <translation>Penapisan: {layer} (petak)</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../connection/sandbox_runner.py"/>
        <source>Sandbox: a local training server bundled with the plugin. Its results are synthetic, not Epoch&apos;s analysis; never use them for a due diligence statement.</source>
        <translation>Sandbox: server pelatihan lokal yang disertakan dengan plugin. Hasilnya sintetis, bukan analisis Epoch; jangan pernah menggunakannya untuk pernyataan uji tuntas.</translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (plots)</source>
        <translation>{option} (petak)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (facilities)</source>
        <translation>{option} (fasilitas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Location type (auto: points are facilities, polygons plots)</source>
        <translation>Jenis lokasi (otomatis: titik adalah fasilitas, poligon adalah petak)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>&apos;{layer}&apos; holds {what}: set LOCATION_TYPE to plot (polygons or points with their Area) or facility (points).</source>
        <translation>&apos;{layer}&apos; berisi {what}: tetapkan LOCATION_TYPE ke plot (poligon atau titik dengan Area-nya) atau facility (titik).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{value}&apos; is neither a layer of the project nor a file that exists.</source>
        <translation>{name}: &apos;{value}&apos; bukan layer dalam proyek maupun berkas yang ada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{file}&apos; cannot be read as a vector layer ({reason}). The file may be cut short or damaged: export it again from where it came from, or open it in QGIS to see what is wrong.</source>
        <translation>{name}: &apos;{file}&apos; tidak dapat dibaca sebagai layer vektor ({reason}). Berkas mungkin terpotong atau rusak: ekspor ulang dari sumbernya, atau buka di QGIS untuk melihat masalahnya.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity radius, metres (facilities; empty: Epoch&apos;s default, 5,000)</source>
        <translation>Radius komoditas, meter (fasilitas; kosong: bawaan Epoch, 5.000)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>How far around each facility Epoch looks for the commodity. Set, facilities are sent to /validate_facilities instead of /validate_locations.</source>
        <translation>Seberapa jauh di sekitar setiap fasilitas Epoch mencari komoditas. Jika diisi, fasilitas dikirim ke /validate_facilities alih-alih /validate_locations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources, Article 10 (facilities)</source>
        <translation>Sumber legalitas, Pasal 10 (fasilitas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Epoch&apos;s web search for Article 10 legality risks: sources, summary and risk score.</source>
        <translation>Penelusuran web Epoch tentang risiko legalitas Pasal 10: sumber, ringkasan dan skor risiko.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK apply to facilities (points) only: leave them unset to screen plots.</source>
        <translation>COMMODITY_RADIUS dan INCLUDE_LEGALITY_CHECK hanya berlaku untuk fasilitas (titik): biarkan kosong untuk menapis petak.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{n} features</source>
        <translation>{n} fitur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>its features</source>
        <translation>fitur-fiturnya</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>plots</source>
        <translation>petak</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>facilities</source>
        <translation>fasilitas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening &apos;{layer}&apos; ({count}, sent {limit} at a time) as {what} on {url}</source>
        <translation>Menapis &apos;{layer}&apos; ({count}, dikirim {limit} sekaligus) sebagai {what} di {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screen locations (validate_locations)</source>
        <translation>Tapis lokasi (validate_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screens plots (polygons) or facilities (points) with Epoch&apos;s /validate_locations and writes the results as a styled layer: confidence scores for facilities, risk for plots. Tables without geometry are sent as CSV for the API to geocode. The layer is read, sent and written 10,000 features at a time (the API&apos;s limit per request), so memory stays flat at any size. The input layer is not modified.</source>
        <translation>Menapis petak (poligon) atau fasilitas (titik) dengan /validate_locations milik Epoch dan menulis hasilnya sebagai layer bergaya: skor keyakinan untuk fasilitas, risiko untuk petak. Tabel tanpa geometri dikirim sebagai CSV agar digeokode oleh API. Layer dibaca, dikirim, dan ditulis 10.000 fitur sekaligus (batas API per permintaan), sehingga penggunaan memori tetap datar pada ukuran berapa pun. Layer masukan tidak diubah.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Locations layer</source>
        <translation>Layer lokasi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Production volume, tonnes/year (plots; optional)</source>
        <translation>Volume produksi, ton/tahun (petak; opsional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening results</source>
        <translation>Hasil penapisan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Collection summary (JSON)</source>
        <translation>Ringkasan koleksi (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources table (facilities)</source>
        <translation>Tabel sumber legalitas (fasilitas)</translation>
    </message>
</context>
<context>
    <name>ScreenedSources</name>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality source in its own table</source>
        <translation>{n} sumber legalitas di tabelnya sendiri</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality sources in their own table</source>
        <translation>{n} sumber legalitas di tabelnya sendiri</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{layer}: legality sources</source>
        <translation>{layer}: sumber legalitas</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>Legality sources of the facility</source>
        <translation>Sumber legalitas fasilitas</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Invalid</source>
        <translation>Tidak valid</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Locations</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Plots (polygons or points with Area)</source>
        <translation>Petak (poligon atau titik dengan Area)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Facilities (points)</source>
        <translation>Fasilitas (titik)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Auto-detect</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>or file</source>
        <translation>atau berkas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Preview geocoding</source>
        <translation>Pratinjau geokode</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Ask Epoch where it places each address of the CSV or XLSX (chosen above) and show the points as a layer: check them, move any that is wrong, then screen that layer. A wrong geocode is a wrong facility.</source>
        <translation>Menanyakan kepada Epoch di mana ia menempatkan setiap alamat dari CSV atau XLSX (dipilih di atas) dan menampilkan titik-titiknya sebagai layer: periksa, pindahkan yang salah, lalu tapis layer tersebut. Geokode yang salah berarti fasilitas yang salah.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Location type</source>
        <translation>Jenis lokasi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s Article 10 legality risk (Low / Medium / High) of each plot or facility, from a web search, in the screening itself (/validate_locations): the risk only. For facilities, the sources behind it come with &apos;Article 10 check with its sources&apos;.</source>
        <translation>Risiko legalitas Pasal 10 dari Epoch (Rendah / Sedang / Tinggi) untuk setiap petak atau fasilitas, dari pencarian web, dalam penapisan itu sendiri (/validate_locations): hanya risikonya. Untuk fasilitas, sumber-sumber di baliknya diperoleh dengan &apos;Pemeriksaan Pasal 10 beserta sumbernya&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>t/yr</source>
        <translation>t/thn</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Production volume</source>
        <translation>Volume produksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screen</source>
        <translation>Tapis</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick all</source>
        <translation>Centang semua</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick every row of the table (the rows the Submit tab sends).</source>
        <translation>Centang setiap baris tabel (baris yang dikirim tab Ajukan).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick none</source>
        <translation>Hapus centang</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Join results to the layer</source>
        <translation>Gabungkan hasil ke layer</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copy layer with results</source>
        <translation>Salin layer beserta hasil</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Cannot read the results: {error}</source>
        <translation>Hasil tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Article 10 check with its sources</source>
        <translation>Pemeriksaan Pasal 10 beserta sumbernya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The Article 10 legality check asked of Epoch&apos;s facility validation (/validate_facilities): besides the risk, each facility&apos;s sources (title, date, link) and a summary, in a related table. It includes the &apos;Article 10 legality check&apos; above.</source>
        <translation>Pemeriksaan legalitas Pasal 10 yang diminta dari validasi fasilitas Epoch (/validate_facilities): selain risiko, sumber setiap fasilitas (judul, tanggal, tautan) dan ringkasannya, dalam tabel terkait. Sudah mencakup &apos;Pemeriksaan legalitas Pasal 10&apos; di atas.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s default (5,000 m)</source>
        <translation>bawaan Epoch (5.000 m)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>How far around each facility Epoch looks for the commodity. Setting it sends the facilities to /validate_facilities.</source>
        <translation>Seberapa jauh di sekitar setiap fasilitas Epoch mencari komoditas. Mengisinya membuat fasilitas dikirim ke /validate_facilities.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity radius</source>
        <translation>Radius komoditas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Guessed from the layer: {guess}</source>
        <translation>Ditebak dari layer: {guess}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can open.</source>
        <translation>Pilih layer vektor, atau berkas CSV, XLSX atau GeoJSON yang dapat dibuka QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} feature with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>Pemeriksaan sebelum unggah menemukan {n} fitur dengan kesalahan yang menghalangi unggahan ke UE. Tetap tapis layer ini?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} features with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>Pemeriksaan sebelum unggah menemukan {n} fitur dengan kesalahan yang menghalangi unggahan ke UE. Tetap tapis layer ini?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening &apos;{layer}&apos; ...</source>
        <translation>Menapis &apos;{layer}&apos; ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening {layer}</source>
        <translation>Menapis {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding &apos;{file}&apos; ...</source>
        <translation>Menggeokode &apos;{file}&apos; ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding {file}</source>
        <translation>Menggeokode {file}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>&apos;{layer}&apos; is not a layer of the project (a file picked under &apos;or file&apos;, or a layer since removed): there is no layer to show the results on. Copy it with the results, or add it to the project and screen that layer.</source>
        <translation>&apos;{layer}&apos; bukan layer dalam proyek (berkas yang dipilih di &apos;atau berkas&apos;, atau layer yang sudah dihapus): tidak ada layer untuk menampilkan hasil. Salin beserta hasilnya, atau tambahkan ke proyek lalu tapis layer tersebut.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Show the results on the screened layer&apos;s features (a virtual join, fields prefixed epoch_, keyed on the feature id). The layer&apos;s data is not edited: the join and its key field are kept in the project.</source>
        <translation>Tampilkan hasil pada fitur layer yang ditapis (gabungan virtual, field berawalan epoch_, dengan kunci id fitur). Data layer tidak diubah: gabungan dan field kuncinya disimpan di proyek.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A new GeoPackage layer: your features with all their attributes, plus the results (fields prefixed epoch_).</source>
        <translation>Layer GeoPackage baru: fitur Anda dengan semua atributnya, ditambah hasilnya (field berawalan epoch_).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The screened layer or its results are no longer in the project: screen the layer again.</source>
        <translation>Layer yang ditapis atau hasilnya tidak lagi ada di proyek: tapis layer itu lagi.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Results joined to &apos;{layer}&apos; (fields epoch_...).</source>
        <translation>Hasil digabungkan ke &apos;{layer}&apos; (field epoch_...).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{layer} + results</source>
        <translation>{layer} + hasil</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{n} features copied with their results</source>
        <translation>{n} fitur disalin beserta hasilnya</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copying {layer}</source>
        <translation>Menyalin {layer}</translation>
    </message>
    <message>
        <source>The check before upload found {n} feature(s) with errors that block an EU upload. Screen the layer anyway?</source>
        <translation type="obsolete">Pemeriksaan sebelum unggah menemukan {n} fitur dengan kesalahan yang menghalangi unggahan ke UE. Tetap tapis layer ini?</translation>
    </message>
    <message>
        <source>Production volume: not given</source>
        <translation type="obsolete">Volume produksi: tidak diisi</translation>
    </message>
    <message>
        <source>Article 10 check with its sources (facility validation)</source>
        <translation type="obsolete">Pemeriksaan Pasal 10 beserta sumbernya (validasi fasilitas)</translation>
    </message>
    <message>
        <source>Commodity radius: Epoch&apos;s default (5,000 m)</source>
        <translation type="obsolete">Radius komoditas: bawaan Epoch (5.000 m)</translation>
    </message>
    <message>
        <source>Legality sources (Article 10)</source>
        <translation type="obsolete">Sumber legalitas (Pasal 10)</translation>
    </message>
    <message>
        <source>Epoch&apos;s web search for Article 10 legality risks around each facility: the sources (title, date, link), a summary and a risk score. Sent to /validate_facilities.</source>
        <translation type="obsolete">Penelusuran web Epoch tentang risiko legalitas Pasal 10 di sekitar setiap fasilitas: sumber (judul, tanggal, tautan), ringkasan dan skor risiko. Dikirim ke /validate_facilities.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../connection/session.py"/>
        <source>Enter the custom server URL (https://...).</source>
        <translation>Masukkan URL server khusus (https://...).</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>the sandbox&apos;s demo account (API key)</source>
        <translation>akun demo sandbox (API key)</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>user {user} (API key)</source>
        <translation>pengguna {user} (API key)</translation>
    </message>
</context>
<context>
    <name>ShownValues</name>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>standard</source>
        <translation>standar</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Compliant</source>
        <translation>Patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Needs Review</source>
        <translation>Perlu ditinjau</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Non-Compliant</source>
        <translation>Tidak patuh</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Direct Plots</source>
        <translation>Petak langsung</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Supply Shed</source>
        <translation>Wilayah pasokan</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s EU country risk</source>
        <translation>risiko negara UE plot</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s country</source>
        <translation>negara plot</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>where the plot lies</source>
        <translation>lokasi plot</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the producer&apos;s country</source>
        <translation>negara produsen</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>critical</source>
        <translation>kritis</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>non-critical</source>
        <translation>tidak kritis</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no deforestation</source>
        <translation>tidak ada deforestasi</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>invalid</source>
        <translation>tidak valid</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer ({asked})</source>
        <translation>{time}: 1 produsen ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers ({asked})</source>
        <translation>{time}: {n} produsen ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer</source>
        <translation>{time}: 1 produsen</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers</source>
        <translation>{time}: {n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window {start} to {end}</source>
        <translation>periode {start} s.d. {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window from {start} to today</source>
        <translation>periode dari {start} sampai hari ini</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window up to {end}</source>
        <translation>periode sampai {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; to keep a snapshot of</source>
        <translation>Tidak ada layer &apos;{layer}&apos; untuk disimpan snapshot-nya</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{file} is locked by another program; close it there and load again.</source>
        <translation>{file} dikunci oleh program lain; tutup di sana lalu muat lagi.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Could not keep a snapshot of &apos;{layer}&apos; in {file}: {error}</source>
        <translation>Snapshot &apos;{layer}&apos; tidak dapat disimpan di {file}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot in {file}: each load of assessments keeps one; load them again later and compare then, or compare with an earlier layer.</source>
        <translation>Tidak ada snapshot di {file}: setiap pemuatan penilaian menyimpan satu; muat lagi nanti lalu bandingkan, atau bandingkan dengan layer sebelumnya.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Only one load of &apos;{layer}&apos; is kept in {file} ({time}): nothing earlier to compare with yet.</source>
        <translation>Baru satu pemuatan &apos;{layer}&apos; yang disimpan di {file} ({time}): belum ada yang lebih awal untuk dibandingkan.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot taken on or before {moment} in {file}; the oldest is {oldest}.</source>
        <translation>Tidak ada snapshot yang diambil pada atau sebelum {moment} di {file}; yang tertua adalah {oldest}.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Snapshot {name} is not in {file}: give &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, a day (YYYY-MM-DD) or one of: {shown}</source>
        <translation>Snapshot {name} tidak ada di {file}: berikan &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, suatu hari (YYYY-MM-DD) atau salah satu dari: {shown}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Cannot open {file}</source>
        <translation>{file} tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; in {file}</source>
        <translation>Tidak ada layer &apos;{layer}&apos; di {file}</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">hari ini</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} produsen</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} produsen</translation>
    </message>
</context>
<context>
    <name>StatementWatcher</name>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Checking submitted statements</source>
        <translation>Memeriksa pernyataan yang diajukan</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>EU Information System</source>
        <translation>Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Show statements</source>
        <translation>Tampilkan pernyataan</translation>
    </message>
</context>
<context>
    <name>StyleStore</name>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>OGR error {code}</source>
        <translation>kesalahan OGR {code}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>creating the table {table}: {error}</source>
        <translation>membuat tabel {table}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the column {column} to {table}</source>
        <translation>menambahkan kolom {column} ke {table}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>{file} is locked by another program (waited {seconds} s); close it there and run again.</source>
        <translation>{file} dikunci oleh program lain (sudah menunggu {seconds} detik); tutup di sana lalu jalankan lagi.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>Could not store the style of &apos;{layer}&apos; in {file}: {error}. The styles in the file were left as they were.</source>
        <translation>Gaya &apos;{layer}&apos; tidak dapat disimpan di {file}: {error}. Gaya di dalam berkas dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>removing the old style &apos;{name}&apos;</source>
        <translation>menghapus gaya lama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>unsetting the default style &apos;{name}&apos;</source>
        <translation>melepas gaya bawaan &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the style &apos;{name}&apos;</source>
        <translation>menambahkan gaya &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Check sample: {status}</source>
        <translation>Sampel pemeriksaan: {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Legality risk</source>
        <translation>Risiko legalitas</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Error: blocks an EU upload</source>
        <translation>Kesalahan: menghalangi unggahan ke UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} Looking &apos;{name}&apos; up failed too ({reason}); check the Assessments before submitting again.</source>
        <translation>{error} Pencarian &apos;{name}&apos; juga gagal ({reason}); periksa Penilaian sebelum mengajukan lagi.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} It was received: collection &apos;{name}&apos; ({id}) is among the assessments. Do not submit it again.</source>
        <translation>{error} Koleksi sudah diterima: koleksi &apos;{name}&apos; ({id}) ada di antara penilaian. Jangan ajukan lagi.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} &apos;{name}&apos; is not among the assessments yet: it may still be processing (minutes to hours). Look again later before submitting it again.</source>
        <translation>{error} &apos;{name}&apos; belum ada di antara penilaian: mungkin masih diproses (beberapa menit hingga beberapa jam). Periksa lagi nanti sebelum mengajukannya kembali.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>Only located features can be submitted: screen the table first, then submit the screening results.</source>
        <translation>Hanya fitur yang memiliki lokasi yang dapat diajukan: tapis tabel terlebih dahulu, lalu ajukan hasil penapisannya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection &apos;{name}&apos; already exists at Epoch (collection {id}), so nothing was sent: its results are those of the earlier assessment. Tick &apos;Reprocess&apos; to assess it again.</source>
        <translation>Koleksi &apos;{name}&apos; sudah ada di Epoch (koleksi {id}), jadi tidak ada yang dikirim: hasilnya adalah hasil penilaian sebelumnya. Centang &apos;Proses ulang&apos; untuk menilainya lagi.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections already exist at Epoch ({names}), so nothing was sent for them: their results are those of the earlier assessments. Tick &apos;Reprocess&apos; to assess them again.</source>
        <translation>{n} koleksi sudah ada di Epoch ({names}), jadi tidak ada yang dikirim untuk koleksi tersebut: hasilnya adalah hasil penilaian sebelumnya. Centang &apos;Proses ulang&apos; untuk menilainya lagi.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> and {n} more</source>
        <translation> dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producer</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producers</source>
        <translation>{n} produsen</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} without a producer name)</source>
        <translation> ({n} tanpa nama produsen)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>producer not given</source>
        <translation>produsen tidak diisi</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} country</source>
        <translation>{n} negara</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} countries</source>
        <translation>{n} negara</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} in no country)</source>
        <translation> ({n} tidak di negara mana pun)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collection</source>
        <translation>{n} koleksi</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections</source>
        <translation>{n} koleksi</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{things}, {producers}, {countries}: {collections}</source>
        <translation>{things}, {producers}, {countries}: {collections}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no country</source>
        <translation>tanpa negara</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>all producers</source>
        <translation>semua produsen</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>(no producer name)</source>
        <translation>(tanpa nama produsen)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{name}: {producer}, {commodity}, {things}, {countries}</source>
        <translation>{name}: {producer}, {commodity}, {things}, {countries}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{commodity}&apos; is not one of Epoch&apos;s commodities: Epoch assesses it with its plantation model and warns.</source>
        <translation>&apos;{commodity}&apos; bukan salah satu komoditas Epoch: Epoch menilainya dengan model perkebunannya dan memberi peringatan.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{name}&apos; spans {n} countries ({countries}): Epoch reports a collection as one producer in one place; send one collection per producer to keep them apart.</source>
        <translation>&apos;{name}&apos; mencakup {n} negara ({countries}): Epoch melaporkan satu koleksi sebagai satu produsen di satu tempat; kirim satu koleksi per produsen agar terpisah.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>their &apos;{field}&apos; is empty or names no commodity</source>
        <translation>field &apos;{field}&apos; kosong atau tidak menyebut komoditas</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no commodity column was chosen and no commodity for all rows</source>
        <translation>tidak ada kolom komoditas yang dipilih dan tidak ada komoditas untuk semua baris</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>No commodity for {producers} (features {features}): {why}. Nothing is sent as &apos;unknown&apos;: {how}</source>
        <translation>Tidak ada komoditas untuk {producers} (fitur {features}): {why}. Tidak ada yang dikirim sebagai &apos;unknown&apos;: {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>pick the column that holds the commodity, or a commodity for rows without one.</source>
        <translation>pilih kolom yang berisi komoditas, atau komoditas untuk baris yang tidak memilikinya.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{commodity} ({n})</source>
        <translation>{commodity} ({n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>One collection takes one commodity, but these rows hold {held}: send one collection per producer, or submit each commodity&apos;s rows apart.</source>
        <translation>Satu koleksi hanya untuk satu komoditas, tetapi baris-baris ini berisi {held}: kirim satu koleksi per produsen, atau ajukan baris setiap komoditas secara terpisah.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection name &apos;{name}&apos; names one collection, but these rows make {n} (one per producer and commodity): {how}</source>
        <translation>Nama koleksi &apos;{name}&apos; menunjuk satu koleksi, tetapi baris-baris ini membentuk {n} koleksi (satu per produsen dan komoditas): {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>clear the name to name each after its producer, or send them as one collection.</source>
        <translation>kosongkan nama agar setiap koleksi dinamai menurut produsennya, atau kirim sebagai satu koleksi.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already assessed on Epoch: it was not sent.</source>
        <translation type="obsolete">&apos;{name}&apos; sudah dinilai di Epoch: tidak dikirim.</translation>
    </message>
    <message>
        <source>{n} collections are already assessed on Epoch and were not sent: {names}.</source>
        <translation type="obsolete">{n} koleksi sudah dinilai di Epoch dan tidak dikirim: {names}.</translation>
    </message>
    <message>
        <source>1 facility</source>
        <translation type="obsolete">1 fasilitas</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} fasilitas</translation>
    </message>
    <message>
        <source>1 plot</source>
        <translation type="obsolete">1 petak</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} petak</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation type="obsolete">1 produsen</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation type="obsolete">1 negara</translation>
    </message>
    <message>
        <source>1 collection</source>
        <translation type="obsolete">1 koleksi</translation>
    </message>
</context>
<context>
    <name>SubmitBatch</name>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submit for assessment (batch)</source>
        <translation>Ajukan untuk penilaian (batch)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment, as Epoch&apos;s dashboard holds them: one collection per producer (GROUP_BY=producer, the producer read from PRODUCER_FIELD), or all in one collection (GROUP_BY=one). Each feature&apos;s commodity is read from COMMODITY_FIELD (Café, kopi, sawit... are understood), COMMODITY filling features without one; COMMODITY alone is every feature&apos;s. Empty fields are guessed from the column names (the commodity field only when COMMODITY is not given). Features without any commodity are refused, named, and nothing is sent. The counts (plots, producers, countries, collections) are printed first. Collections are named {commodity}_{producer}_{date} (one collection: COLLECTION_NAME, or {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 polls until each assessment appears. A collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). The jobs are recorded in the QGIS profile: the panel keeps checking them, also after a restart, and says when they are ready.</source>
        <translation>Mengajukan fasilitas (titik) untuk penilaian wilayah pasokan atau petak (poligon) untuk penilaian langsung, sebagaimana dasbor Epoch menyimpannya: satu koleksi per produsen (GROUP_BY=producer, produsen dibaca dari PRODUCER_FIELD), atau semuanya dalam satu koleksi (GROUP_BY=one). Komoditas setiap fitur dibaca dari COMMODITY_FIELD (Café, kopi, sawit... dikenali), dengan COMMODITY mengisi fitur yang tidak memilikinya; COMMODITY saja berlaku untuk semua fitur. Field yang kosong ditebak dari nama kolom (field komoditas hanya bila COMMODITY tidak diberikan). Fitur tanpa komoditas sama sekali ditolak, disebutkan namanya, dan tidak ada yang dikirim. Jumlah (petak, produsen, negara, koleksi) dicetak lebih dulu. Koleksi dinamai {commodity}_{producer}_{date} (satu koleksi: COLLECTION_NAME, atau {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 menunggu dan memeriksa berkala hingga setiap penilaian muncul. Nama koleksi yang sudah dinilai dilaporkan lebih dulu (tanpa FORCE_REPROCESS Epoch mengembalikan koleksi tersebut). Pekerjaan dicatat di profil QGIS: panel terus memeriksanya, juga setelah dimulai ulang, dan memberi tahu bila sudah siap.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Screened locations</source>
        <translation>Lokasi yang sudah ditapis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections (producer: one per producer; one: a single collection)</source>
        <translation>Koleksi (producer: satu per produsen; one: satu koleksi saja)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field (empty: guessed)</source>
        <translation>Field produsen (kosong: ditebak)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity field (empty: guessed)</source>
        <translation>Field komoditas (kosong: ditebak)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name, for one collection (empty: suggested)</source>
        <translation>Nama koleksi, untuk satu koleksi (kosong: diusulkan)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity (with a commodity field: of features without one)</source>
        <translation>Komoditas (dengan field komoditas: untuk fitur yang tidak memilikinya)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Reprocess an existing collection</source>
        <translation>Proses ulang koleksi yang sudah ada</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Wait for the results (seconds)</source>
        <translation>Tunggu hasil (detik)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection id (several: comma-separated)</source>
        <translation>Id koleksi (beberapa: dipisahkan koma)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Status (several: comma-separated)</source>
        <translation>Status (beberapa: dipisahkan koma)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name (several: comma-separated)</source>
        <translation>Nama koleksi (beberapa: dipisahkan koma)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections sent (JSON)</source>
        <translation>Koleksi yang dikirim (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{parameter}: &apos;{field}&apos; is not a field of &apos;{layer}&apos; (its fields: {fields}).</source>
        <translation>{parameter}: &apos;{field}&apos; bukan field dari &apos;{layer}&apos; (field-nya: {fields}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field: {producer}; commodity field: {commodity}</source>
        <translation>Field produsen: {producer}; field komoditas: {commodity}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>set COMMODITY_FIELD to the field that holds it, or COMMODITY for features without one.</source>
        <translation>tetapkan COMMODITY_FIELD ke field yang berisi komoditas, atau COMMODITY untuk fitur yang tidak memilikinya.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>leave COLLECTION_NAME empty (each is named after its producer), or set GROUP_BY=one.</source>
        <translation>kosongkan COLLECTION_NAME (setiap koleksi dinamai menurut produsennya), atau tetapkan GROUP_BY=one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}): without FORCE_REPROCESS Epoch returns that collection, not a new assessment.</source>
        <translation>&apos;{name}&apos; sudah dinilai di Epoch (koleksi {id}): tanpa FORCE_REPROCESS Epoch mengembalikan koleksi tersebut, bukan penilaian baru.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facility sent</source>
        <translation>{n} fasilitas dikirim</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facilities sent</source>
        <translation>{n} fasilitas dikirim</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plot sent</source>
        <translation>{n} petak dikirim</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plots sent</source>
        <translation>{n} petak dikirim</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{name}: {sent}; collection {id}: {status}</source>
        <translation>{name}: {sent}; koleksi {id}: {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Waiting up to {seconds} s for the assessment ...</source>
        <translation>Menunggu penilaian hingga {seconds} detik ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection {id}: {status}</source>
        <translation>Koleksi {id}: {status}</translation>
    </message>
    <message>
        <source>{n} facility(s) sent</source>
        <translation type="obsolete">{n} fasilitas dikirim</translation>
    </message>
    <message>
        <source>{n} plot(s) sent</source>
        <translation type="obsolete">{n} petak dikirim</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>The collection &apos;{name}&apos; was submitted (collection {id}, {count} sent).</source>
        <translation>Koleksi &apos;{name}&apos; telah diajukan (koleksi {id}, {count} dikirim).</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>{n} collections were submitted.</source>
        <translation>{n} koleksi telah diajukan.</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>Nothing was sent.</source>
        <translation>Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Last checked</source>
        <translation>Terakhir diperiksa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted</source>
        <translation>diajukan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>processing</source>
        <translation>diproses</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity: {commodity}</source>
        <translation>{count} dikirim, komoditas: {commodity}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity not given</source>
        <translation>{count} dikirim, komoditas tidak diberikan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>local sandbox</source>
        <translation>sandbox lokal</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from Processing to {server}</source>
        <translation>Diajukan {time} UTC dari Pengolahan ke {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from the panel to {server}</source>
        <translation>Diajukan {time} UTC dari panel ke {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Screen a layer first: its results can then be submitted for assessment.</source>
        <translation>Tapis layer terlebih dahulu: hasilnya kemudian dapat diajukan untuk penilaian.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection per producer</source>
        <translation>Satu koleksi per produsen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection for all</source>
        <translation>Satu koleksi untuk semua</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Epoch&apos;s assessments hold one producer&apos;s plots each: one collection per producer shows each producer with its own status, commodity and country.</source>
        <translation>Setiap penilaian Epoch berisi petak satu produsen: satu koleksi per produsen menampilkan setiap produsen dengan status, komoditas, dan negaranya sendiri.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that names each feature&apos;s producer (farmer, supplier, company).</source>
        <translation>Field yang menyebut produsen setiap fitur (petani, pemasok, perusahaan).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that holds each feature&apos;s commodity (coffee, Café, kopi, cacao, sawit... are understood).</source>
        <translation>Field yang berisi komoditas setiap fitur (coffee, Café, kopi, cacao, sawit... dikenali).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>None: refuse</source>
        <translation>Tidak ada: tolak</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The name of a single collection. Left as suggested, each collection is named {commodity}_{producer}_{date}.</source>
        <translation>Nama satu koleksi tunggal. Jika dibiarkan seperti yang diusulkan, setiap koleksi dinamai {commodity}_{producer}_{date}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Reprocess if the collection exists</source>
        <translation>Proses ulang jika koleksi ada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Producer field</source>
        <translation>Field produsen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Commodity field</source>
        <translation>Field komoditas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The commodity of rows whose commodity field is empty, or of every row when no field is chosen: the one screened, unless changed here.</source>
        <translation>Komoditas untuk baris yang field komoditasnya kosong, atau untuk semua baris bila tidak ada field yang dipilih: komoditas yang ditapis, kecuali diubah di sini.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Default commodity</source>
        <translation>Komoditas bawaan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection name</source>
        <translation>Nama koleksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submit ticked rows (or the map selection)</source>
        <translation>Ajukan baris tercentang (atau pilihan peta)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs</source>
        <translation>Pekerjaan diajukan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Clear settled</source>
        <translation>Hapus yang selesai</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Forget the jobs that are ready, failed or given up (the results stay on Epoch).</source>
        <translation>Lupakan pekerjaan yang sudah siap, gagal atau dihentikan (hasilnya tetap ada di Epoch).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facility from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} fasilitas tertapis dari &apos;{layer}&apos;. Centang di tabel Penapisan (atau pilih di peta) lalu ajukan ke /batch_supply_shed (penilaian wilayah pasokan).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facilities from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} fasilitas tertapis dari &apos;{layer}&apos;. Centang baris di tabel Penapisan (atau pilih fitur di peta) lalu ajukan ke /batch_supply_shed (penilaian wilayah pasokan).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plot from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_process (direct plot assessment).</source>
        <translation>{n} petak tertapis dari &apos;{layer}&apos;. Centang di tabel Penapisan (atau pilih di peta) lalu ajukan ke /batch_process (penilaian petak langsung).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plots from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_process (direct plot assessment).</source>
        <translation>{n} petak tertapis dari &apos;{layer}&apos;. Centang baris di tabel Penapisan (atau pilih fitur di peta) lalu ajukan ke /batch_process (penilaian petak langsung).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screening results are no longer in the project (another project was opened): screen the layer again.</source>
        <translation>Hasil penapisan tidak lagi ada di proyek (proyek lain dibuka): tapis layer itu lagi.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Nothing to submit: tick rows in the Screening results or select features on the map.</source>
        <translation>Tidak ada yang diajukan: centang baris di hasil Penapisan atau pilih fitur di peta.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screened layer is no longer in the project (another project was opened): open it and screen it again.</source>
        <translation>Layer yang ditapis tidak lagi ada di proyek (proyek lain dibuka): buka dan tapis lagi.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; was submitted on {day} ({state}). Submitted again without &apos;Reprocess&apos;, Epoch returns that collection, not a new assessment. Submit anyway?</source>
        <translation>&apos;{name}&apos; diajukan pada {day} ({state}). Jika diajukan lagi tanpa &apos;Proses ulang&apos;, Epoch mengembalikan koleksi tersebut, bukan penilaian baru. Tetap ajukan?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; on {day} ({state})</source>
        <translation>&apos;{name}&apos; pada {day} ({state})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted before: {jobs}. Submitted again without &apos;Reprocess&apos;, Epoch returns those collections, not new assessments. Submit anyway?</source>
        <translation>Sudah diajukan sebelumnya: {jobs}. Jika diajukan lagi tanpa &apos;Proses ulang&apos;, Epoch mengembalikan koleksi tersebut, bukan penilaian baru. Tetap ajukan?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Preparing the submission</source>
        <translation>Menyiapkan pengajuan</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>one per producer: {commodity}_{producer}_{date}</source>
        <translation>satu per produsen: {commodity}_{producer}_{date}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {why}</source>
        <translation>Tidak diajukan: {why}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send this collection?</source>
        <translation>{summary}

{details}

Kirim koleksi ini?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send these {n} collections?</source>
        <translation>{summary}

{details}

Kirim {n} koleksi ini?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: nothing was sent.</source>
        <translation>Tidak diajukan: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} collections</source>
        <translation>{n} koleksi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitting {name}</source>
        <translation>Mengajukan {name}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns its results, not a new assessment. Submit anyway?</source>
        <translation>&apos;{name}&apos; sudah dinilai di Epoch (koleksi {id}). Jika diajukan lagi tanpa &apos;Proses ulang&apos;, Epoch mengembalikan hasilnya, bukan penilaian baru. Tetap ajukan?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{names} are already assessed on Epoch (collections {ids}). Submitted again without &apos;Reprocess&apos;, Epoch returns their results, not new assessments. Submit anyway?</source>
        <translation>{names} sudah dinilai di Epoch (koleksi {ids}). Jika diajukan lagi tanpa &apos;Proses ulang&apos;, Epoch mengembalikan hasilnya, bukan penilaian baru. Tetap ajukan?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: &apos;{name}&apos; is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation>Tidak diajukan: &apos;{name}&apos; sudah dinilai. Muat di Penilaian, centang &apos;Proses ulang&apos;, atau pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {names} are already assessed. Load them in Assessments, tick &apos;Reprocess&apos;, or choose other names.</source>
        <translation>Tidak diajukan: {names} sudah dinilai. Muat di Penilaian, centang &apos;Proses ulang&apos;, atau pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other {n} collections were submitted; their state is checked below.</source>
        <translation>{n} koleksi lainnya telah diajukan; statusnya diperiksa di bawah.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other collection was submitted; its state is checked below.</source>
        <translation>Koleksi lainnya telah diajukan; statusnya diperiksa di bawah.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice says when it is ready.</source>
        <translation>Diajukan: koleksi {id}. Keadaannya diperiksa di bawah, juga setelah QGIS dimulai ulang, dan pemberitahuan muncul saat sudah siap.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {n} collections. Their state is checked below, also after QGIS restarts, and a notice says when each is ready.</source>
        <translation>{n} koleksi diajukan. Keadaannya diperiksa di bawah, juga setelah QGIS dimulai ulang, dan pemberitahuan muncul saat masing-masing sudah siap.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked (last check: {error})</source>
        <translation>Pekerjaan yang diajukan: {n}, {waiting} sedang diperiksa (pemeriksaan terakhir: {error})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked</source>
        <translation>Pekerjaan diajukan: {n}, {waiting} sedang diperiksa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}</source>
        <translation>Pekerjaan diajukan: {n}</translation>
    </message>
    <message>
        <source>collection {id} ({n} sent): {status}</source>
        <translation type="obsolete">koleksi {id} ({n} dikirim): {status}</translation>
    </message>
    <message>
        <source>{n} collection(s) sent</source>
        <translation type="obsolete">{n} koleksi dikirim</translation>
    </message>
    <message>
        <source>; already assessed, not sent: {names}</source>
        <translation type="obsolete">; sudah dinilai, tidak dikirim: {names}</translation>
    </message>
    <message>
        <source>{summary}

{details}

Send {n} collection(s)?</source>
        <translation type="obsolete">{summary}

{details}

Kirim {n} koleksi?</translation>
    </message>
    <message>
        <source>{names} is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns those results, not a new assessment. Submit anyway?</source>
        <translation type="obsolete">{names} sudah dinilai di Epoch (koleksi {id}). Jika diajukan lagi tanpa &apos;Proses ulang&apos;, Epoch mengembalikan hasil tersebut, bukan penilaian baru. Tetap ajukan?</translation>
    </message>
    <message>
        <source>Not submitted: {names} is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation type="obsolete">Tidak diajukan: {names} sudah dinilai. Muat di Penilaian, centang &apos;Proses ulang&apos;, atau pilih nama lain.</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} fasilitas</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} petak</translation>
    </message>
    <message>
        <source>commodity not given</source>
        <translation type="obsolete">komoditas tidak diisi</translation>
    </message>
    <message>
        <source>submitted {time} UTC from {origin} to {server}</source>
        <translation type="obsolete">diajukan {time} UTC dari {origin} ke {server}</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="obsolete">Pengolahan</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="obsolete">panel</translation>
    </message>
    <message>
        <source>(last check: {error})</source>
        <translation type="obsolete">(pemeriksaan terakhir: {error})</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {error}</source>
        <translation>{task}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The connection to the server failed ({kind}); nothing was written. Check the connection and try again.</source>
        <translation>Koneksi ke server gagal ({kind}); tidak ada yang ditulis. Periksa koneksi dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Could not write the results: {reason}</source>
        <translation>Hasil tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The server&apos;s answer is nested too deeply to read; nothing was written.</source>
        <translation>Jawaban server terlalu bersarang untuk dibaca; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation>Kesalahan tak terduga: {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {outcome}</source>
        <translation>{task}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: unexpected error {kind}</source>
        <translation>{task}: kesalahan tak terduga {kind}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: done</source>
        <translation>{task}: selesai</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: cancelled; nothing was changed</source>
        <translation>{task}: dibatalkan; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{layer}: {n} features loaded</source>
        <translation type="obsolete">{layer}: {n} fitur dimuat</translation>
    </message>
</context>
<context>
    <name>ValidateFacility</name>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: give the facility&apos;s location as &apos;x,y [EPSG:code]&apos;, e.g. &apos;100.5018,13.7563 [EPSG:4326]&apos;.</source>
        <translation>POINT: berikan lokasi fasilitas sebagai &apos;x,y [EPSG:kode]&apos;, misalnya &apos;100.5018,13.7563 [EPSG:4326]&apos;.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: {reason}</source>
        <translation>POINT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>OUTPUT: checks are kept in a GeoPackage (each run adds a row): give a .gpkg file.</source>
        <translation>OUTPUT: pemeriksaan disimpan dalam GeoPackage (setiap eksekusi menambah satu baris): berikan berkas .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checking the facility at {lon:.6f}, {lat:.6f} on {url}</source>
        <translation>Memeriksa fasilitas di {lon:.6f}, {lat:.6f} pada {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Validate a facility at a point (validate_facility)</source>
        <translation>Validasi fasilitas di sebuah titik (validate_facility)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Asks Epoch&apos;s /validate_facility whether a location is likely a first-mile aggregation facility for the commodity, and keeps the answer as one more row of the output&apos;s &apos;Checked facilities&apos; layer (a GeoPackage given twice gets two rows): the confidence score and level, the penalty breakdown and, with INCLUDE_LEGALITY_CHECK, the Article 10 legality sources in a related table (&lt;layer&gt;_sources, joined by check_id). The point may be in any CRS; a point at sea or outside the world is refused.</source>
        <translation>Menanyakan /validate_facility milik Epoch apakah suatu lokasi kemungkinan merupakan fasilitas pengumpulan first-mile untuk komoditas tersebut, dan menyimpan jawabannya sebagai satu baris tambahan di layer &apos;Fasilitas yang diperiksa&apos; pada keluaran (GeoPackage yang diberikan dua kali mendapat dua baris): skor dan tingkat keyakinan, rincian penalti dan, dengan INCLUDE_LEGALITY_CHECK, sumber legalitas Pasal 10 dalam tabel terkait (&lt;layer&gt;_sources, digabungkan melalui check_id). Titik boleh dalam CRS apa pun; titik di laut atau di luar dunia ditolak.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Facility location</source>
        <translation>Lokasi fasilitas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Sertakan deforestasi dalam radius 50 km</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checked facilities</source>
        <translation>Fasilitas yang diperiksa</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Legality sources table</source>
        <translation>Tabel sumber legalitas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence score</source>
        <translation>Skor keyakinan</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence level</source>
        <translation>Tingkat keyakinan</translation>
    </message>
</context>
</TS>
