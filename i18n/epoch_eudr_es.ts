<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Check sample</source>
        <translation>Muestra de control</translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>{n} producers are loaded: select the producers to report on (in the table or on the map); a report covers at most {limit} producers without a selection.</source>
        <translation>Hay {n} productores cargados: seleccione los productores del informe (en la tabla o en el mapa); sin selección, un informe abarca como máximo {limit} productores.</translation>
    </message>
    <message>
        <source>Cannot open the assessments ({source}): load the assessments again.</source>
        <translation type="obsolete">No se pueden abrir las evaluaciones ({source}): cargue de nuevo las evaluaciones.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="obsolete">riesgo alto</translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation type="obsolete">riesgo estándar</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation type="obsolete">riesgo bajo</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation type="obsolete">país desconocido</translation>
    </message>
    <message>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation type="obsolete">{risk}: {picked} de {population} ({share} %)</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation type="obsolete">Muestra de control (semilla {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="obsolete">; </translation>
    </message>
    <message>
        <source>no producers</source>
        <translation type="obsolete">ningún productor</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} productor</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} productores</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation type="obsolete">{n} fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="obsolete">{n} filas</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers} producer(s), {rows} row(s): {classes}</source>
        <translation type="obsolete">Muestra de control (semilla {seed}): {producers} productor(es), {rows} fila(s): {classes}</translation>
    </message>
    <message>
        <source>The check sample could not be drawn: see the Processing log.</source>
        <translation type="obsolete">No se pudo extraer la muestra de control: consulte el registro de mensajes (pestaña Procesado).</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../ui/assessment_filters.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every producer.</source>
        <translation>QGIS rechazó el filtro en la capa ({filter}): el mapa muestra todos los productores.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Flat</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Grouped by producer</source>
        <translation>Agrupada por productor</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Drill-down plots</source>
        <translation>Parcelas (desglose)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Assessments</source>
        <translation>Total evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Medium Risk (≤5%)</source>
        <translation>Riesgo medio (≤5%)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No non-compliant area and no non-compliant plot.</source>
        <translation>Ninguna superficie ni parcela no conforme.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {share} % of the area or more than {plots} plots non-compliant.</source>
        <translation>Más del {share} % de la superficie o más de {plots} parcelas no conformes.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Some non-compliance: at most {share} % of the area and at most {plots} plots.</source>
        <translation>Algo no conforme: como máximo el {share} % de la superficie y como máximo {plots} parcelas.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No confidence level and no non-compliance figure, or a figure that cannot be used (the layer&apos;s Skip reason field says which).</source>
        <translation>Sin nivel de confianza ni cifra de no conformidad, o una cifra inutilizable (el campo Motivo de omisión de la capa dice cuál).</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>At most {area} ha deforested after 2020.</source>
        <translation>Como máximo {area} ha deforestadas después de 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {area} ha deforested after 2020.</source>
        <translation>Más de {area} ha deforestadas después de 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU high risk</source>
        <translation>Riesgo alto UE</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU standard risk</source>
        <translation>Riesgo estándar UE</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU low risk</source>
        <translation>Riesgo bajo UE</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU risk unknown</source>
        <translation>Riesgo UE desconocido</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{risk} · {share} %</source>
        <translation>{risk} · {share} %</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producer</source>
        <translation>{n} productor</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producers</source>
        <translation>{n} productores</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers}: one assessment per collection; a producer with several collections counts once in the check sample.</source>
        <translation>{assessments} de {producers}: una evaluación por colección; un productor con varias colecciones cuenta una sola vez en la muestra de control.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers} in this class: the check sample picks {share} % of these producers, at least one.</source>
        <translation>{assessments} de {producers} en esta clase: la muestra de control toma el {share} % de estos productores, al menos uno.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Plots</source>
        <translation>Total parcelas</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>The plots of the collection drilled down.</source>
        <translation>Las parcelas de la colección desglosada.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>All plots</source>
        <translation>Todas las parcelas</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch and the second opinion disagree</source>
        <translation>Epoch y la segunda opinión discrepan</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Second opinion: {verdict}</source>
        <translation>Segunda opinión: {verdict}</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch has no plots for {producer}: nothing was added to the map.</source>
        <translation>Epoch no tiene parcelas para {producer}: no se ha añadido nada al mapa.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Your plot id</source>
        <translation>Su id de parcela</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Drill-down plots: {layer}</source>
        <translation>Desglose: {layer}</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Select an assessed producer (Not Assessable rows have no DDS).</source>
        <translation>Seleccione un productor evaluado (las filas «No evaluable» no tienen DDS).</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Save the Due Diligence Statement</source>
        <translation>Guardar la declaración de diligencia debida</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Downloading DDS</source>
        <translation>Descargando la DDS</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons above.</source>
        <translation>Guardado {path} ({n} archivos). Cargue su GeoJSON como capas o abra su PDF con los botones de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Cannot read {path} ({reason}): download the DDS again.</source>
        <translation>No se puede leer {path} ({reason}): descargue de nuevo la DDS.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layer added.</source>
        <translation>{n} capa de la DDS añadida.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layers added.</source>
        <translation>{n} capas de la DDS añadidas.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Opening the DDS PDF</source>
        <translation>Abriendo el PDF de la DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load assessments</source>
        <translation>Cargar evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Assessments per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation>Evaluaciones por clase de riesgo país de la UE (Reglamento de Ejecución (UE) 2025/1093) y porcentaje de operadores que una autoridad competente controla cada año.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Search producer, commodity, country ...</source>
        <translation>Buscar productor, materia prima, país ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All EU risk classes</source>
        <translation>Todos los riesgos UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample only</source>
        <translation>Solo la muestra</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Only the producers in the check sample drawn (the table and the map).</source>
        <translation>Solo los productores de la muestra de control extraída (en la tabla y en el mapa).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No producer matches these filters: the map shows none either.</source>
        <translation>Ningún productor cumple estos filtros: el mapa tampoco muestra ninguno.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill down</source>
        <translation>Desglosar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Download DDS</source>
        <translation>Descargar DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Check sample</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk class, highest Epoch risk first (the same seed gives the same sample).</source>
        <translation>Elegir los productores que se controlarán: al menos el 9 % / 3 % / 1 % por clase de riesgo país de la UE, empezando por el mayor riesgo Epoch (la misma semilla da la misma muestra).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>seed </source>
        <translation>semilla </translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Breaks ties between equally risky producers; keep it to draw the same sample again.</source>
        <translation>Desempata entre productores de igual riesgo; consérvela para volver a extraer la misma muestra.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Field report (PDF)</source>
        <translation>Informe de campo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>A PDF section per selected producer (or all, up to 200): map, plots to visit with coordinates, risks; and a QField-ready copy next to it.</source>
        <translation>Una sección del PDF por productor seleccionado (o todos, hasta 200): mapa, parcelas que visitar con sus coordenadas, riesgos; y al lado una copia lista para QField.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open the last field report written (PDF).</source>
        <translation>Abrir el último informe de campo redactado (PDF).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every plot.</source>
        <translation>QGIS rechazó el filtro de la capa ({filter}): el mapa muestra todas las parcelas.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load DDS layers</source>
        <translation>Cargar capas DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open DDS PDF</source>
        <translation>Abrir PDF DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read the table: {reason}</source>
        <translation>No se puede leer la tabla: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Not Assessable: there is no DDS to export.</source>
        <translation>No evaluable: no hay ninguna DDS que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Loading assessments</source>
        <translation>Cargando evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No plot matches this filter: the map shows none either.</source>
        <translation>Ninguna parcela coincide con este filtro: el mapa tampoco muestra ninguna.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All commodities</source>
        <translation>Materias primas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select a producer row first.</source>
        <translation>Seleccione primero la fila de un productor.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down: {producer}</source>
        <translation>Desglose: {producer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load the assessments first.</source>
        <translation>Cargue primero las evaluaciones.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drawing the check sample</source>
        <translation>Extrayendo la muestra de control</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>The check sample is empty: no producers loaded.</source>
        <translation>La muestra de control está vacía: no hay productores cargados.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the field report</source>
        <translation>Guardar el informe de campo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Writing the field report</source>
        <translation>Redactando el informe de campo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open {path} in the PDF viewer</source>
        <translation>Abrir {path} en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Collection {id} is ready: load the assessments to see it.</source>
        <translation>La colección {id} está lista: cargue las evaluaciones para verla.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>{n} collections are ready: load the assessments to see them.</source>
        <translation>{n} colecciones están listas: cargue las evaluaciones para verlas.</translation>
    </message>
    <message>
        <source>Total Producers</source>
        <translation type="obsolete">Total productores</translation>
    </message>
    <message>
        <source>Producers per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation type="obsolete">Productores por clase de riesgo país de la UE (Reglamento de Ejecución (UE) 2025/1093) y porcentaje de operadores que una autoridad competente controla cada año.</translation>
    </message>
    <message>
        <source>{n} DDS layer(s) added.</source>
        <translation type="obsolete">Capas de la DDS añadidas: {n}.</translation>
    </message>
    <message>
        <source>Second opinion: NON_COMPLIANT</source>
        <translation type="obsolete">Segunda opinión: NON_COMPLIANT</translation>
    </message>
    <message>
        <source>Second opinion: NEEDS_REVIEW</source>
        <translation type="obsolete">Segunda opinión: NEEDS_REVIEW</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The QGIS authentication system is not available: open Settings &gt; Options &gt; Authentication and set a master password.</source>
        <translation>El sistema de autenticación de QGIS no está disponible: abra Configuración &gt; Opciones &gt; Autenticación y establezca una contraseña maestra.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Unknown login kind {kind}</source>
        <translation>Tipo de inicio de sesión desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Enter both the email (or user id) and the password (or API key).</source>
        <translation>Introduzca el correo (o id de usuario) y la contraseña (o clave API).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>QGIS could not store the credentials (is the master password set?).</source>
        <translation>QGIS no pudo guardar las credenciales (¿está establecida la contraseña maestra?).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>No Epoch login configured: pick or create an authentication configuration.</source>
        <translation>No hay ningún inicio de sesión de Epoch configurado: elija o cree una configuración de autenticación.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>No se encontró la configuración de autenticación «{authcfg}» o no se pudo descifrar (compruebe la contraseña maestra de QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; Epoch needs a Basic configuration (email and password, or user id and API key).</source>
        <translation>La configuración de autenticación «{name}» usa el método {method}; Epoch necesita una configuración Basic (correo y contraseña, o id de usuario y clave API).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The authentication configuration has an empty user name or password.</source>
        <translation>La configuración de autenticación tiene el nombre de usuario o la contraseña vacíos.</translation>
    </message>
</context>
<context>
    <name>ChangeStyles</name>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status worse</source>
        <translation>Estado empeorado</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>New producer</source>
        <translation>Productor nuevo</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer gone</source>
        <translation>Productor desaparecido</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Same status, figures changed</source>
        <translation>Mismo estado, cifras cambiadas</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status better</source>
        <translation>Estado mejorado</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change (label)</source>
        <translation>Cambio (etiqueta)</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status before</source>
        <translation>Estado antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status now</source>
        <translation>Estado ahora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank before</source>
        <translation>Rango de riesgo antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank now</source>
        <translation>Rango de riesgo ahora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots before</source>
        <translation>Parcelas NC antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots now</source>
        <translation>Parcelas NC ahora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % before</source>
        <translation>% NC antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % now</source>
        <translation>% NC ahora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 before</source>
        <translation>Artículo 10 antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 now</source>
        <translation>Artículo 10 ahora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10</source>
        <translation>Artículo 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Draw order</source>
        <translation>Orden de dibujo</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Matched by</source>
        <translation>Emparejado por</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots {before} → {after}</source>
        <translation>Parcelas NC {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % {before} → {after}</source>
        <translation>% NC {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 {before} → {after}</source>
        <translation>Artículo 10 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>was {status}</source>
        <translation>era {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the load kept as {snapshot}</source>
        <translation>Comparado con la carga guardada como {snapshot}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the layer {layer}</source>
        <translation>Comparado con la capa {layer}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with {what}</source>
        <translation>Comparado con {what}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{producer} ({commodity}, {country})</source>
        <translation>{producer} ({commodity}, {country})</translation>
    </message>
    <message>
        <source>new: {status}</source>
        <translation type="obsolete">nuevo: {status}</translation>
    </message>
    <message>
        <source>gone (was {status})</source>
        <translation type="obsolete">desaparecido (era {status})</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No producer worse since {since}</source>
        <translation>Ningún productor empeoró desde {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer worse since {since}</source>
        <translation>1 productor empeoró desde {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers worse since {since}</source>
        <translation>{n} productores empeoraron desde {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producer since {since}.</source>
        <translation>Sin cambios en {n} productor desde {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producers since {since}.</source>
        <translation>Sin cambios en {n} productores desde {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>1 productor cambió desde {since}: {worse} peor, {better} mejor, {new} nuevo, {gone} desaparecido, {other} con otras cifras cambiadas ({both} en ambas cargas).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>{n} productores cambiaron desde {since}: peores: {worse}, mejores: {better}, nuevos: {new}, desaparecidos: {gone}, con otras cifras cambiadas: {other} ({both} en ambas cargas).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>NC plots up for {plots_up}, down for {plots_down}; NC % up for {percent_up}, down for {percent_down}; Article 10 risk changed for {article10}.</source>
        <translation>Parcelas NC en aumento para {plots_up}, en descenso para {plots_down}; % NC en aumento para {percent_up}, en descenso para {percent_down}; riesgo del artículo 10 cambiado para {article10}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The loads were filtered differently (then: {then}; now: {now}): producers outside a filter show as new or gone.</source>
        <translation>Las cargas se filtraron de forma distinta (entonces: {then}; ahora: {now}): los productores fuera de un filtro aparecen como nuevos o desaparecidos.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>no filter</source>
        <translation>sin filtro</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that reason alone.</source>
        <translation>Los períodos de seguimiento difieren (entonces: {then}; ahora: {now}): las cifras NC pueden variar solo por ese motivo.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>the default window</source>
        <translation>el período por defecto</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes_task.py"/>
        <source>Changes since {when}</source>
        <translation>Cambios desde {when}</translation>
    </message>
    <message>
        <source>The monitoring windows differ (then {then_start} to {then_end}; now {now_start} to {now_end}): NC figures may move for that reason alone.</source>
        <translation type="obsolete">Los períodos de seguimiento difieren (entonces {then_start} – {then_end}; ahora {now_start} – {now_end}): las cifras NC pueden variar solo por ese motivo.</translation>
    </message>
    <message>
        <source>default</source>
        <translation type="obsolete">predeterminado</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">hoy</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since {day}</source>
        <translation>1 productor empeoró desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since {day}</source>
        <translation>{n} productores empeoraron desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since the earlier load</source>
        <translation>1 productor empeoró desde la carga anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since the earlier load</source>
        <translation>{n} productores empeoraron desde la carga anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since {day}</source>
        <translation>1 productor cambió desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since {day}</source>
        <translation>{n} productores cambiaron desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since the earlier load</source>
        <translation>1 productor cambió desde la carga anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since the earlier load</source>
        <translation>{n} productores cambiaron desde la carga anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since {day}</source>
        <translation>Ningún cambio desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since the earlier load</source>
        <translation>Sin cambios desde la carga anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>worse: {worse} · better: {better} · new: {new} · gone: {gone}</source>
        <translation>empeoraron: {worse} · mejoraron: {better} · nuevos: {new} · desaparecidos: {gone}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>The earlier load to compare the assessments shown with (kept in the results file).</source>
        <translation>La carga anterior con la que comparar las evaluaciones mostradas (guardada en el archivo de resultados).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>A layer of what changed since that load: worse in red, better in green, new, gone, NC plots and Article 10 risk moved.</source>
        <translation>Una capa de lo que cambió desde esa carga: peor en rojo, mejor en verde, nuevos, desaparecidos, cambios en parcelas NC y en el riesgo del artículo 10.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Earlier loads kept in the results file for Changes since: the last N loads, newer than D days (0 = no limit). Older ones are deleted at the next load; the {n} latest are always kept.</source>
        <translation>Cargas anteriores conservadas en el archivo de resultados para Cambios desde: las últimas N cargas, de menos de D días (0 = sin límite). Las más antiguas se eliminan en la próxima carga; las {n} más recientes se conservan siempre.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Loads kept:</source>
        <translation>Cargas conservadas:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Days kept:</source>
        <translation>Días conservados:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes not computed: {reason}</source>
        <translation>Cambios no calculados: {reason}</translation>
    </message>
    <message>
        <source> loads</source>
        <translation type="obsolete"> cargas</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="obsolete"> días</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="obsolete">Conservar las últimas</translation>
    </message>
    <message>
        <source>within</source>
        <translation type="obsolete">de menos de</translation>
    </message>
    <message>
        <source>the earlier load</source>
        <translation type="obsolete">la carga anterior</translation>
    </message>
</context>
<context>
    <name>CheckSample</name>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Risk-based check sample (EU country benchmarking)</source>
        <translation>Muestra de control basada en el riesgo (evaluación comparativa de países de la UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Picks the producers a competent authority checks, from an assessments layer (e.g. the output of fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.</source>
        <translation>Elige los productores que controla una autoridad competente, a partir de una capa de evaluaciones (p. ej. la salida de fetch_assessments): por clase de riesgo país de la UE (Reglamento de Ejecución (UE) 2025/1093), al menos el porcentaje del Reglamento (UE) 2023/1115, art. 16 (9 % alto, 3 % estándar, 1 % bajo; redondeado al alza, al menos uno por clase), empezando por el mayor riesgo Epoch (rango de riesgo, después superficie no conforme, después parcelas no conformes). Los productores de país desconocido se muestrean con el porcentaje estándar. SEED desempata y extrae al azar la fracción RANDOM_SHARE de cada clase: la misma semilla da la misma muestra. Escribe todas las filas de los productores elegidos con eu_country_risk, eu_check_share, sample_order y sample_reason. Sin servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producer assessments</source>
        <translation>Evaluaciones de productores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Seed (ties and random picks)</source>
        <translation>Semilla (desempates y elecciones al azar)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Share of each class drawn at random (0 to 1)</source>
        <translation>Fracción de cada clase extraída al azar (0 a 1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Check sample</source>
        <translation>Muestra de control</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producers picked per class</source>
        <translation>Productores elegidos por clase</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Rows picked</source>
        <translation>Filas elegidas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Per class: risk, share, population, picked (JSON)</source>
        <translation>Por categoría: riesgo, porcentaje, población, seleccionados (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>No input layer.</source>
        <translation>No hay capa de entrada.</translation>
    </message>
</context>
<context>
    <name>CheckSampleWords</name>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>high risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>standard risk</source>
        <translation>riesgo estándar</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>unknown country</source>
        <translation>país desconocido</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation>{risk}: {picked} de {population} ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation>Muestra de control (semilla {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>no producers</source>
        <translation>ningún productor</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producer</source>
        <translation>{n} productor</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producers</source>
        <translation>{n} productores</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../processing_provider/choices.py"/>
        <source>{parameter}: &apos;{value}&apos; is not one of its choices: {choices} (give the name or the number).</source>
        <translation>{parameter}: «{value}» no es una de sus opciones: {choices} (indique el nombre o el número).</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or EPOCH_API_KEY and EPOCH_USER_ID.</source>
        <translation>Solo está definido {names}: defina EPOCH_EMAIL y EPOCH_PASSWORD, o EPOCH_API_KEY y EPOCH_USER_ID.</translation>
    </message>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>No Epoch login: give an authentication configuration (AUTHCFG), or set EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID).</source>
        <translation>Sin inicio de sesión de Epoch: indique una configuración de autenticación (AUTHCFG) o defina EPOCH_EMAIL y EPOCH_PASSWORD (o EPOCH_API_KEY y EPOCH_USER_ID).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>EU country risk</source>
        <translation>Riesgo país UE</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC Plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Article 10</source>
        <translation>Artículo 10</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>2nd opinion</source>
        <translation>2.ª opinión</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC area (ha)</source>
        <translation>Superficie NC (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Disagree</source>
        <translation>Discrepa</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Facility ID</source>
        <translation>ID instalación</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Comm. Presence</source>
        <translation>Pres. mat. prima</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>POI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Road</source>
        <translation>Carretera</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>High Density</source>
        <translation>Alta densidad</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer Name</source>
        <translation>Nombre del productor</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Protected area</source>
        <translation>Zona protegida</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Deforestation (ha)</source>
        <translation>Deforestación (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Source feature</source>
        <translation>Entidad de origen</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data error</source>
        <translation>Error de datos</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data note</source>
        <translation>Nota sobre los datos</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers worse</source>
        <translation>Productores que empeoraron</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers better</source>
        <translation>Productores que mejoraron</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>New producers</source>
        <translation>Productores nuevos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers gone</source>
        <translation>Productores desaparecidos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Same status, figures changed</source>
        <translation>Mismo estado, cifras cambiadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>CURRENT: choose the assessments layer to compare</source>
        <translation>CURRENT: elija la capa de evaluaciones que comparar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer.</source>
        <translation>SNAPSHOT: las instantáneas se guardan en el GeoPackage en el que se cargaron las evaluaciones; CURRENT no es una capa completa de un GeoPackage. Elija esa capa como CURRENT o indique una capa EARLIER.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Comparing {layer} with the snapshot of {snapshot}</source>
        <translation>Comparando {layer} con la instantánea de {snapshot}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compare assessments (changes since an earlier load)</source>
        <translation>Comparar evaluaciones (cambios desde una carga anterior)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT kept in CURRENT&apos;s GeoPackage (every load of assessments keeps one). SNAPSHOT: &apos;previous&apos; (the load before the current one), &apos;latest&apos;, &apos;oldest&apos;, a snapshot id such as 20261102T101500, or a day (YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or better (by risk_rank), or &apos;changed&apos; (same status; NC plots, NC % or Article 10 risk moved), with the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.</source>
        <translation>Compara las evaluaciones CURRENT con una carga anterior: la capa EARLIER si se indica; si no, la instantánea SNAPSHOT guardada en el GeoPackage de CURRENT (cada carga de evaluaciones guarda una). SNAPSHOT: «previous» (la carga anterior a la actual), «latest», «oldest», un id de instantánea como 20261102T101500 o un día (AAAA-MM-DD: la última instantánea tomada ese día o antes). Los productores se emparejan por collection_id o, si no, por empresa, materia prima y país. OUTPUT contiene un punto por cambio: nuevo, desaparecido, peor o mejor (según risk_rank), o «changed» (mismo estado; cambiaron las parcelas NC, el % NC o el riesgo del artículo 10), con los valores de antes y después; peor en rojo, mejor en verde. SUMMARY es una línea; WORSE, BETTER, NEW, GONE y CHANGED son recuentos, para un modelo o una ejecución programada de qgis_process. Sin red.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Current assessments</source>
        <translation>Evaluaciones actuales</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier assessments (layer)</source>
        <translation>Evaluaciones anteriores (capa)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier snapshot, when no EARLIER layer (previous, latest, oldest, an id or a day)</source>
        <translation>Instantánea anterior, si no hay capa EARLIER (previous, latest, oldest, un id o un día)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Include unchanged producers</source>
        <translation>Incluir los productores sin cambios</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Headline (producers worse since ...)</source>
        <translation>Titular (productores que empeoraron desde ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Every count (JSON)</source>
        <translation>Todos los recuentos (JSON)</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Production (epoch-sco2-api.com)</source>
        <translation>Producción (epoch-sco2-api.com)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sandbox (local, synthetic results)</source>
        <translation>Entorno de pruebas (local, sintético)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sign in with {login} / {password}.</source>
        <translation>Inicie sesión con {login} / {password}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login (stored in the QGIS authentication database)</source>
        <translation>Inicio de sesión (base de autenticación QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email and password</source>
        <translation>Correo y contraseña</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key and user id</source>
        <translation>Clave API e id de usuario</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Save as new login</source>
        <translation>Guardar como nuevo inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login saved as QGIS authentication configuration {authcfg}.</source>
        <translation>Inicio de sesión guardado como configuración de autenticación de QGIS {authcfg}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connecting to {url} ...</source>
        <translation>Conectando con {url} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connected to {url} as {identity}.</source>
        <translation>Conectado a {url} como {identity}.</translation>
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
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not signed in: add Epoch credentials first.</source>
        <translation>Sin sesión: añada primero credenciales de Epoch.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The secure connection to {host} failed (certificate not trusted?). Check the server address, or set the CA bundle your organisation uses.</source>
        <translation>La conexión segura con {host} falló (¿certificado no fiable?). Compruebe la dirección del servidor o configure el paquete de certificados de CA que usa su organización.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The proxy refused the connection to {host}: check QGIS&apos;s proxy settings.</source>
        <translation>El proxy rechazó la conexión con {host}: revise la configuración de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations at once.</source>
        <translation>{host} no respondió a {path} en {seconds} s. Inténtelo más tarde o envíe menos ubicaciones a la vez.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Could not reach {host} ({error}) after {tries} tries. Check your internet connection and the server address.</source>
        <translation>No se pudo contactar con {host} ({error}) tras {tries} intentos. Compruebe su conexión a internet y la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The request to {host} for {path} failed ({error}). Check the server address and try again.</source>
        <translation>La solicitud a {host} para {path} falló ({error}). Compruebe la dirección del servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s (the overall limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.</source>
        <translation>{host} no respondió a {path} en {seconds} s (el límite total de una solicitud, fijado por EPOCH_REQUEST_DEADLINE_S): se dejó de esperar. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the credentials (expired or wrong). Sign in again in the Connection tab{suffix}</source>
        <translation>Epoch rechazó las credenciales (caducadas o incorrectas). Vuelva a iniciar sesión en la pestaña Conexión{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>This account is not allowed to use {path}{suffix}</source>
        <translation>Esta cuenta no tiene permiso para usar {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in a few minutes{suffix}</source>
        <translation>Epoch está limitando las solicitudes de esta cuenta; inténtelo de nuevo dentro de unos minutos{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in {seconds} s{suffix}</source>
        <translation>Epoch está limitando las solicitudes de esta cuenta; inténtelo de nuevo dentro de {seconds} s{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Epoch server failed on {path} (HTTP {status}); try again later{suffix}</source>
        <translation>El servidor de Epoch falló en {path} (HTTP {status}); inténtelo más tarde{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path}{suffix}</source>
        <translation>Epoch rechazó la solicitud a {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path} (no reason given)</source>
        <translation>Epoch rechazó la solicitud a {path} (sin indicar el motivo)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Unexpected answer HTTP {status} from {path}{suffix}</source>
        <translation>Respuesta inesperada HTTP {status} de {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Nothing to submit: select at least one screened location</source>
        <translation>Nada que enviar: seleccione al menos una ubicación analizada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Give the collection a name before submitting</source>
        <translation>Dé un nombre a la colección antes de enviarla</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection id: pick an assessed producer first</source>
        <translation>No hay id de colección: elija primero un productor evaluado</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection to export: pick an assessed producer</source>
        <translation>No hay colección que exportar: elija un productor evaluado</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: only GeoJSON, CSV or XLSX files can be screened</source>
        <translation>{name}: solo se pueden analizar archivos GeoJSON, CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})</source>
        <translation>{name}: {text} no es una fecha; indíquela como AAAA-MM-DD (por ejemplo {example})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end on or after its start</source>
        <translation>{end_name} ({last}) es anterior a {start_name} ({first}): el período de seguimiento debe terminar el mismo día de su inicio o después</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; is not a server address: use a full URL such as {example}</source>
        <translation>«{text}» no es una dirección de servidor: use una URL completa como {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; uses plain http: credentials would travel unencrypted. Use https (plain http is only allowed for a server on this machine, such as the sandbox).</source>
        <translation>«{text}» usa http sin cifrar: las credenciales viajarían sin cifrado. Use https (http sin cifrar solo se admite para un servidor en este equipo, como el entorno de pruebas).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; must not contain &apos;?&apos; or &apos;#&apos;: give only the server address</source>
        <translation>«{text}» no debe contener «?» ni «#»: indique solo la dirección del servidor</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The commodity radius must be a number of metres above 0 and at most 100,000 (not {value}); leave it empty for Epoch&apos;s default of 5,000 m.</source>
        <translation>El radio de la materia prima debe ser un número de metros mayor que 0 y de 100 000 como máximo (no {value}); déjelo vacío para usar el de Epoch, 5000 m.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No geometry: draw the plot or give its location.</source>
        <translation>Sin geometría: dibuje la parcela o indique su ubicación.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The geometry is empty: draw the plot again.</source>
        <translation>La geometría está vacía: vuelva a dibujar la parcela.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a GeometryCollection of these.</source>
        <translation>{kind} no se admite: solo Point, MultiPoint, Polygon, MultiPolygon y una GeometryCollection de estos.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in EPSG:4326 or longitude and latitude are swapped.</source>
        <translation>Coordenadas fuera de longitud -180..180 / latitud -90..90: la capa no está en EPSG:4326 o la longitud y la latitud están intercambiadas.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Has {what} values; the EU file is 2D (they are dropped).</source>
        <translation>Tiene valores {what}; el archivo de la UE es 2D (se descartan).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6).</source>
        <translation>El {share:.0%} de las coordenadas tiene menos de 6 decimales (la UE exige 6).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} vertices collapse into their neighbour when cut to 6 decimals{after}.</source>
        <translation>{count} vértices se funden con su vecino al recortar a 6 decimales{after}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The outline crosses itself ({reason}); fix it or apply &apos;make valid&apos;.</source>
        <translation>El contorno se corta a sí mismo ({reason}); corríjalo o aplique «make valid».</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Invalid geometry: {reason}.</source>
        <translation>Geometría no válida: {reason}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring has fewer than 4 positions (or is collinear): not a polygon.</source>
        <translation>Un anillo tiene menos de 4 posiciones (o es colineal): no es un polígono.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole.</source>
        <translation>Huecos en la parcela: {count}; la UE solo lee el anillo exterior: divida la parcela alrededor de cada hueco.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} separate polygons in one feature: the EU expects one polygon per plot.</source>
        <translation>{count} polígonos separados en una entidad: la UE espera un polígono por parcela.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw the plot as a polygon.</source>
        <translation>{feature}: un punto representa una parcela de 4 ha como máximo, pero Area es {area} ha: dibuje la parcela como polígono.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point without Area is taken as 4 ha{hint}: give its Area in hectares.</source>
        <translation>{feature}: un punto sin Area se toma como de 4 ha{hint}: indique su Area en hectáreas.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number.</source>
        <translation>{feature}: Area es el texto {value!r}; la UE lee un texto como 0: conviértalo en número.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area {area} ha is below the EU minimum of 0.0001 ha.</source>
        <translation>{feature}: Area {area} ha está por debajo del mínimo de la UE de 0,0001 ha.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: correct the Area or the outline.</source>
        <translation>{feature}: Area indica {declared} ha, pero la parcela dibujada mide {measured} ha: corrija Area o el contorno.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat} is beyond 90, so &apos;{lat_field}&apos; and &apos;{lon_field}&apos; look swapped: read as longitude {lon_read}, latitude {lat_read}.</source>
        <translation>La latitud {lat} supera 90, así que «{lat_field}» y «{lon_field}» parecen intercambiadas: se leen como longitud {lon_read}, latitud {lat_read}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code.</source>
        <translation>ProducerCountry {problem}: indique el código ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry is {given} but the plot lies in {found}.</source>
        <translation>ProducerCountry es {given}, pero la parcela está en {found}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{area:,.0f} ha is over Epoch&apos;s API limit of 100,000 ha per plot (the EU sets no area limit: the TRACES export accepts it).</source>
        <translation>{area:,.0f} ha supera el límite de la API de Epoch de 100 000 ha por parcela (la UE no fija límite de superficie: la exportación TRACES la admite).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring&apos;s last position is not its first: the EU system refuses the file as uploaded (QGIS and GDAL close it silently on reading).</source>
        <translation>La última posición de un anillo no es la primera: el sistema de la UE rechaza el archivo tal como se envía (QGIS y GDAL lo cierran sin avisar al leerlo).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Point&apos;s coordinates are written [[x, y]]; the EU expects one position [x, y] (QGIS reads it anyway, the EU system does not).</source>
        <translation>Las coordenadas del Point se escriben [[x, y]]; la UE espera una sola posición [x, y] (QGIS lo lee de todos modos, el sistema de la UE no).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The property {given!r} is ignored by the EU system: its name is {proper!r} (names are case-sensitive).</source>
        <translation>El sistema de la UE ignora la propiedad {given!r}: su nombre es {proper!r} (los nombres distinguen mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>ProducerCountry {given!r} no es un código de país ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The plot lies in no country: are longitude and latitude swapped, or is it at sea?</source>
        <translation>La parcela no está en ningún país: ¿están intercambiadas la longitud y la latitud, o está en el mar?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Same geometry as feature {other}: the same plot twice?</source>
        <translation>Misma geometría que la entidad {other}: ¿la misma parcela dos veces?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is outside the viable range for {commodity}.</source>
        <translation>La latitud {lat:.2f} está fuera del rango viable para {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is beyond where {commodity} is grown.</source>
        <translation>La latitud {lat:.2f} está más allá de donde se cultiva {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is not a known {commodity}-producing country.</source>
        <translation>{country} no es un país productor conocido de {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is {risk} risk in the EU country benchmarking (Implementing Regulation (EU) 2025/1093): competent authorities check at least {share} % of its operators.</source>
        <translation>{country} es de riesgo {risk} en la evaluación comparativa de países de la UE (Reglamento de Ejecución (UE) 2025/1093): las autoridades competentes controlan al menos el {share} % de sus operadores.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, which makes it invalid ({reason})</source>
        <translation>, lo que invalida la geometría ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> (the field {name} is ignored: the EU reads only &apos;Area&apos;)</source>
        <translation> (el campo {name} se ignora: la UE solo lee «Area»)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{value} is not a two-letter code</source>
        <translation>{value} no es un código de dos letras</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>is missing</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>High Risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Medium Risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not Assessable</source>
        <translation>No evaluable</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Non-Compliant</source>
        <translation>No conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Data Error</source>
        <translation>Error de datos</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment</source>
        <translation>{n} evaluación de productor</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments</source>
        <translation>{n} evaluaciones de productores</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot</source>
        <translation>{n} parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots</source>
        <translation>{n} parcelas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility</source>
        <translation>{n} instalación</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities</source>
        <translation>{n} instalaciones</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} feature</source>
        <translation>{n} entidad</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features</source>
        <translation>{n} entidades</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outline</source>
        <translation>{n} contorno de cuenca de abastecimiento</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outlines</source>
        <translation>{n} contornos de cuencas de abastecimiento</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facility</source>
        <translation>{n} instalación comprobada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facilities</source>
        <translation>{n} instalaciones comprobadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality source</source>
        <translation>{n} fuente de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality sources</source>
        <translation>{n} fuentes de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened</source>
        <translation>{n} parcela analizada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened</source>
        <translation>{n} parcelas analizadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened: {statuses}</source>
        <translation>{n} parcela analizada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened: {statuses}</source>
        <translation>{n} parcelas analizadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened</source>
        <translation>{n} instalación analizada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened</source>
        <translation>{n} instalaciones analizadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened: {statuses}</source>
        <translation>{n} instalación analizada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened: {statuses}</source>
        <translation>{n} instalaciones analizadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded</source>
        <translation>{n} evaluación de productor cargada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded</source>
        <translation>{n} evaluaciones de productores cargadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded: {statuses}</source>
        <translation>{n} evaluación de productor cargada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded: {statuses}</source>
        <translation>{n} evaluaciones de productores cargadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded</source>
        <translation>{n} parcela cargada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded</source>
        <translation>{n} parcelas cargadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded: {statuses}</source>
        <translation>{n} parcela cargada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded: {statuses}</source>
        <translation>{n} parcelas cargadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Include deforestation</source>
        <translation>Incluir la deforestación</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Article 10 legality check</source>
        <translation>Comprobación de legalidad (artículo 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check road access</source>
        <translation>Comprobar el acceso por carretera</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check water access</source>
        <translation>Comprobar el acceso al agua</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check port proximity</source>
        <translation>Comprobar la proximidad a un puerto</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Legality sources (Article 10)</source>
        <translation>Fuentes de legalidad (artículo 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cocoa</source>
        <translation>Cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Palm</source>
        <translation>Palma aceitera</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Rubber</source>
        <translation>Caucho</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Timber</source>
        <translation>Madera</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cattle</source>
        <translation>Ganado bovino</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no geometry: draw the plot or give its location</source>
        <translation>geometría nula: dibuje la parcela o indique su ubicación</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an empty geometry: draw the plot again</source>
        <translation>una geometría vacía: vuelva a dibujar la parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a geometry type the EU does not accept (only points and polygons)</source>
        <translation>un tipo de geometría que la UE no acepta (solo puntos y polígonos)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates outside longitude/latitude: not EPSG:4326, or longitude and latitude swapped</source>
        <translation>coordenadas fuera de longitud/latitud: no está en EPSG:4326, o longitud y latitud intercambiadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Z or M values: the EU file is 2D (they are dropped)</source>
        <translation>valores Z o M: el archivo de la UE es 2D (se descartan)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates with fewer than the 6 decimals the EU asks for</source>
        <translation>coordenadas con menos de los 6 decimales que exige la UE</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>vertices that collapse when cut to 6 decimals</source>
        <translation>vértices que se funden al recortar a 6 decimales</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an outline that crosses itself: fix it or apply &apos;make valid&apos;</source>
        <translation>un contorno que se corta a sí mismo: corríjalo o aplique «make valid»</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an invalid geometry</source>
        <translation>una geometría no válida</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring with fewer than 4 positions: not a polygon</source>
        <translation>un anillo con menos de 4 posiciones: no es un polígono</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>holes: the EU reads only the outer ring</source>
        <translation>huecos: la UE solo lee el anillo exterior</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>several polygons in one feature: the EU expects one polygon per plot</source>
        <translation>varios polígonos: la UE espera un polígono por parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point for a plot over 4 ha: draw it as a polygon</source>
        <translation>un punto para una parcela de más de 4 ha: dibújela como polígono</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point without Area, taken as 4 ha: give its Area in hectares</source>
        <translation>un punto sin Area, tomado como de 4 ha: indique su Area en hectáreas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that is text, which the EU reads as 0: make it a number</source>
        <translation>un Area de texto, que la UE lee como 0: conviértalo en número</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area below the EU minimum of 0.0001 ha</source>
        <translation>un Area por debajo del mínimo de la UE de 0,0001 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that differs from the plot drawn</source>
        <translation>un Area que difiere de la parcela dibujada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>latitude and longitude columns that look swapped</source>
        <translation>columnas de latitud y longitud que parecen intercambiadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no ISO 3166-1 alpha-2 ProducerCountry</source>
        <translation>ProducerCountry ISO 3166-1 alfa-2 ausente</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry other than the country the plot lies in</source>
        <translation>un ProducerCountry distinto del país donde está la parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot over Epoch&apos;s limit of 100,000 ha</source>
        <translation>una parcela por encima del límite de Epoch de 100 000 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring that is not closed: the EU system refuses the file</source>
        <translation>un anillo no cerrado: el sistema de la UE rechaza el archivo</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point written [[x, y]]: the EU system expects [x, y]</source>
        <translation>un punto escrito [[x, y]]: el sistema de la UE espera [x, y]</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a property the EU system ignores because of its upper/lower case</source>
        <translation>una propiedad que el sistema de la UE ignora por sus mayúsculas/minúsculas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry that is not an ISO 3166-1 alpha-2 code</source>
        <translation>un ProducerCountry que no es un código ISO 3166-1 alfa-2</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot that lies in no country (swapped coordinates, or at sea?)</source>
        <translation>una parcela fuera de todo país (¿coordenadas intercambiadas, o en el mar?)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>the same geometry as another feature</source>
        <translation>la misma geometría que otra entidad</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude outside the viable range for the commodity</source>
        <translation>una latitud fuera del rango viable para la materia prima</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude beyond where the commodity is grown</source>
        <translation>una latitud más allá de donde se cultiva la materia prima</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country not known to produce the commodity</source>
        <translation>un país que no se conoce como productor de la materia prima</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country of standard or high risk in the EU benchmarking (checked more often)</source>
        <translation>un país de riesgo estándar o alto en la evaluación comparativa de la UE (se controla más a menudo)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature with {issue}</source>
        <translation>1 entidad con {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features with {issue}</source>
        <translation>{n} entidades con {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature would be refused by the EU system: fix it before the upload.</source>
        <translation>1 entidad sería rechazada por el sistema de la UE: corríjala antes del envío.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features would be refused by the EU system: fix them before the upload.</source>
        <translation>{n} entidades serían rechazadas por el sistema de la UE: corríjalas antes del envío.</translation>
    </message>
    <message>
        <source>{count} hole(s): the EU reads only the outer ring; split the plot around each hole.</source>
        <translation type="obsolete">{count} hueco(s): la UE solo lee el anillo exterior; divida la parcela alrededor de cada hueco.</translation>
    </message>
    <message>
        <source>{count} screened</source>
        <translation type="obsolete">Análisis de {count} completado</translation>
    </message>
    <message>
        <source>{count} loaded</source>
        <translation type="obsolete">Carga de {count} completada</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Screening</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU Information System: due diligence statements and the verify register</source>
        <translation>Sistema de información de la UE: declaraciones de diligencia debida y registro de verificación</translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>ZIP files</source>
        <translation>Archivos ZIP</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>{path}: {files} files, {size} bytes</source>
        <translation>{path}: {files} archivos, {size} bytes</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>&apos;{producer}&apos; (collection {id}) is Not Assessable ({reason}): it has no DDS to export; nothing was downloaded. Leave it out of COLLECTION_IDS.</source>
        <translation>«{producer}» (colección {id}) es No evaluable ({reason}): no tiene DDS que exportar; no se descargó nada. Quítelo de COLLECTION_IDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Download Due Diligence Statement (ZIP)</source>
        <translation>Descargar la declaración de diligencia debida (ZIP)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Downloads the DDS package of one or more collections (comma-separated ids). The file is written only once complete and verified; an existing file is kept if anything fails. A collection the server does not know, or a Not Assessable one (it has no DDS), is refused before anything is downloaded.</source>
        <translation>Descarga el paquete DDS de una o varias colecciones (ids separados por comas). El archivo solo se escribe una vez completo y verificado; si algo falla, se conserva el archivo existente. Una colección que el servidor no conoce, o una No evaluable (no tiene DDS), se rechaza antes de descargar nada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Collection ids (comma-separated)</source>
        <translation>Ids de colección (separados por comas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>DDS ZIP</source>
        <translation>ZIP de la DDS</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Files in the ZIP</source>
        <translation>Archivos del ZIP</translation>
    </message>
</context>
<context>
    <name>EpochAlgorithm</name>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Epoch API</source>
        <translation>API de Epoch</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server URL. Empty: $EPOCH_API_URL if set, else the production API.</source>
        <translation>URL del servidor. Vacío: $EPOCH_API_URL si está definida; si no, la API de producción.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment.</source>
        <translation>Configuración de autenticación de QGIS (Basic: correo + contraseña, o id de usuario + clave API). Vacío: EPOCH_EMAIL/EPOCH_PASSWORD o EPOCH_API_KEY/EPOCH_USER_ID del entorno.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Could not write the output: {error}</source>
        <translation>No se pudo escribir la salida: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Processing</source>
        <translation>Procesado</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>No collection &apos;{id}&apos; on {server}: no producer assessment has this id (a typo, another account or server, or a batch not processed yet). Run epoch_eudr:fetch_assessments and copy the id from its collection_id column.</source>
        <translation>No hay ninguna colección «{id}» en {server}: ninguna evaluación de productor tiene este id (un error tipográfico, otra cuenta u otro servidor, o un lote aún no procesado). Ejecute epoch_eudr:fetch_assessments y copie el id de su columna collection_id.</translation>
    </message>
</context>
<context>
    <name>EuAlgorithm</name>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System</source>
        <translation>Sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>acceptance (the Commission&apos;s test system, the default) or production: statements sent to production are legal declarations.</source>
        <translation>acceptance (el sistema de pruebas de la Comisión, por defecto) o production: las declaraciones enviadas a producción son declaraciones jurídicas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Server address (empty: the environment&apos;s)</source>
        <translation>Dirección del servidor (vacío: la del entorno)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Empty: the environment&apos;s own address. A URL for tests (the fake service on this machine).</source>
        <translation>Vacío: la dirección propia del entorno. Una URL para pruebas (el servicio simulado en este equipo).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System login</source>
        <translation>Inicio de sesión en el sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>QGIS authentication configuration, Basic method: the username and, as password, the authentication key (EU Login profile, Web Services Access). Empty: {user} and {key} from the environment.</source>
        <translation>Configuración de autenticación de QGIS, método Basic: el nombre de usuario y, como contraseña, la clave de autenticación (perfil de EU Login, acceso a servicios web). Vacío: {user} y {key} del entorno.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la declaración</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Verification number</source>
        <translation>Número de verificación</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: AVAILABLE, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: AVAILABLE, número de referencia {reference}, número de verificación {verification}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: REJECTED by the EU Information System: {reasons}</source>
        <translation>{name}: REJECTED por el sistema de información de la UE: {reasons}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}; not settled yet: check again with epoch_eudr:eu_dds_status.</source>
        <translation>{name}: SUBMITTED como {uuid}; aún sin resolver: vuelva a comprobarlo con epoch_eudr:eu_dds_status.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}. The Commission asks for 30 minutes before the first status check: the plugin checks it then (or run epoch_eudr:eu_dds_status).</source>
        <translation>{name}: SUBMITTED como {uuid}. La Comisión pide esperar 30 minutos antes de la primera consulta del estado: el complemento la consulta entonces (o ejecute epoch_eudr:eu_dds_status).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the answer was lost; it was not sent again. epoch_eudr:eu_dds_status looks it up by its internal reference.</source>
        <translation>{name}: la respuesta se perdió; no se volvió a enviar. epoch_eudr:eu_dds_status la busca por su referencia interna.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: el sistema de información de la UE nunca la recibió; vuelva a enviarla.</translation>
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
        <translation>Los lugares que declaró esta declaración no se leyeron de un GeoPackage, por lo que no se registraron: elija la capa de lugares de producción.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared.</source>
        <translation>Lugares de producción: {table} de {path}, tal como se declararon.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared (added to the project).</source>
        <translation>Lugares de producción: {table} de {path}, tal como se declararon (añadidos al proyecto).</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement declared the production places of the layer {table} in {path}, which cannot be opened (moved, renamed or deleted?): load that layer, or choose the layer of production places.</source>
        <translation>La declaración declaró los lugares de producción de la capa {table} en {path}, que no se puede abrir (¿movido, renombrado o eliminado?): cargue esa capa o elija la capa de lugares de producción.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend the statement {name}</source>
        <translation>Modificar la declaración {name}</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement&apos;s new content replaces what was sent; its reference and verification numbers stay. Choose the production places and change what needs changing.</source>
        <translation>El nuevo contenido de la declaración sustituye a lo enviado; sus números de referencia y de verificación se mantienen. Elija los lugares de producción y cambie lo que haya que cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>An amendment cannot change the activity.</source>
        <translation>Una modificación no puede cambiar la actividad.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
</context>
<context>
    <name>EuAmendDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Amend a due diligence statement (EU Information System)</source>
        <translation>Modificar una declaración de diligencia debida (Sistema de información de la UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Replaces the content of a statement submitted earlier (UUID) with a new one built from the same parameters as epoch_eudr:eu_submit_dds: the production places, the commodity line, the operator. The statement keeps its reference number, verification number and internal reference. Only an AVAILABLE statement, within 72 hours of its submission, and with the same activity: otherwise it is refused before anything is sent. Everything the service would refuse in the new content is refused first too. What was sent is kept in the profile and, for a GeoPackage layer, beside the plots.</source>
        <translation>Sustituye el contenido de una declaración enviada anteriormente (UUID) por uno nuevo construido con los mismos parámetros que epoch_eudr:eu_submit_dds: los lugares de producción, la línea de materia prima, el operador. La declaración conserva su número de referencia, su número de verificación y su referencia interna. Solo una declaración AVAILABLE, en las 72 horas siguientes a su envío y con la misma actividad: de lo contrario, se rechaza antes de enviar nada. Todo lo que el servicio rechazaría en el nuevo contenido también se rechaza antes. Lo enviado se guarda en el perfil y, para una capa GeoPackage, junto a las parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>UUID of the statement to amend</source>
        <translation>UUID de la declaración que modificar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Give the UUID of the statement to amend.</source>
        <translation>Indique el UUID de la declaración que modificar.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>{name}: amended; reference number {reference}, status {status}.</source>
        <translation>{name}: modificada; número de referencia {reference}, estado {status}.</translation>
    </message>
</context>
<context>
    <name>EuCommon</name>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Save the EU Information System username and authentication key first (or set {user} and {key} in the environment).</source>
        <translation>Guarde primero el nombre de usuario y la clave de autenticación del sistema de información de la UE (o defina {user} y {key} en el entorno).</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{task} failed. {reason}</source>
        <translation>{task}: ha fallado. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Answer lost</source>
        <translation>Respuesta perdida</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Never received</source>
        <translation>Nunca recibida</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Grouped</source>
        <translation>Agrupada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Obsolete</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: available, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: disponible, número de referencia {reference}, número de verificación {verification}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: rejected by the EU Information System: {reasons}</source>
        <translation>{name}: rechazada por el sistema de información de la UE: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: submitted, not settled yet; next check at {time}.</source>
        <translation>{name}: enviada, aún sin resolver; próxima consulta: {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: its answer was lost; it was not sent again. Check now looks it up by its internal reference.</source>
        <translation>{name}: su respuesta se perdió; no se volvió a enviar. «Comprobar ahora» la busca por su referencia interna.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: el sistema de información de la UE nunca la recibió; vuelva a enviarla.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="obsolete">Producción</translation>
    </message>
    <message>
        <source>Acceptance (test system)</source>
        <translation type="obsolete">Aceptación (sistema de pruebas)</translation>
    </message>
</context>
<context>
    <name>EuConnectionBox</name>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connection to the EU Information System</source>
        <translation>Conexión al sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>empty: the environment&apos;s address</source>
        <translation>vacío: la dirección del entorno</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Leave empty to use the environment&apos;s own address. A local address (http://127.0.0.1:...) reaches the fake service for training.</source>
        <translation>Déjelo vacío para usar la dirección propia del entorno. Una dirección local (http://127.0.0.1:...) lleva al servicio simulado, para formación.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Production: every statement submitted is a legal declaration to the EU. Try everything on acceptance first.</source>
        <translation>Producción: cada declaración enviada es una declaración jurídica ante la UE. Pruébelo todo antes en aceptación.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Saved login (QGIS authentication database)</source>
        <translation>Credenciales guardadas (autenticación de QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU Login profile &gt; Web Services Access: the authentication key of this environment.</source>
        <translation>Perfil de EU Login &gt; Web Services Access: la clave de autenticación de este entorno.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Authentication key</source>
        <translation>Clave de autenticación</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Save login</source>
        <translation>Guardar credenciales</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Kept in the QGIS authentication database (Basic method), never in settings or projects.</source>
        <translation>Se guardan en la base de autenticación de QGIS (método Basic), nunca en la configuración ni en los proyectos.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU system: {username}</source>
        <translation>Sistema UE: {username}</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Login saved in the QGIS authentication database ({authcfg}).</source>
        <translation>Credenciales guardadas en la base de autenticación de QGIS ({authcfg}).</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connecting to {host} ...</source>
        <translation>Conectando con {host} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connected to the EU Information System ({environment}, {host}): the service answered {answer}.</source>
        <translation>Conectado al sistema de información de la UE ({environment}, {host}): el servicio respondió {answer}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test the EU Information System connection</source>
        <translation>Prueba de la conexión al sistema de información de la UE</translation>
    </message>
</context>
<context>
    <name>EuCredentials</name>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Enter both the EU Information System username and its authentication key.</source>
        <translation>Introduzca el nombre de usuario del sistema de información de la UE y su clave de autenticación.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>QGIS could not store the EU Information System credentials (is the master password set?).</source>
        <translation>QGIS no pudo guardar las credenciales del sistema de información de la UE (¿está establecida la contraseña maestra?).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>No se encontró la configuración de autenticación «{authcfg}» o no se pudo descifrar (compruebe la contraseña maestra de QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; the EU Information System needs a Basic configuration: the username and, as password, the authentication key.</source>
        <translation>La configuración de autenticación «{name}» usa el método {method}; el sistema de información de la UE necesita una configuración Basic: el nombre de usuario y, como contraseña, la clave de autenticación.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; has an empty username or authentication key.</source>
        <translation>La configuración de autenticación «{name}» tiene vacío el nombre de usuario o la clave de autenticación.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>No EU Information System login: give an authentication configuration (AUTHCFG: Basic, the username and the authentication key as password), or set {missing} in the environment.</source>
        <translation>Sin inicio de sesión en el sistema de información de la UE: indique una configuración de autenticación (AUTHCFG: Basic, el nombre de usuario y la clave de autenticación como contraseña) o defina {missing} en el entorno.</translation>
    </message>
</context>
<context>
    <name>EuDdsStatus</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status of due diligence statements (EU Information System)</source>
        <translation>Estado de las declaraciones de diligencia debida (sistema de información de la UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Asks the EU Information System where statements stand: the one with this UUID, those with this INTERNAL_REFERENCE, or (both empty) every statement submitted from this QGIS profile that is not settled yet and due a check (the Commission asks for 30 minutes before the first). AVAILABLE gives the reference and verification numbers, REJECTED the service&apos;s reasons (REASONS); both are kept in the profile and beside the plots.</source>
        <translation>Pregunta al sistema de información de la UE en qué punto están las declaraciones: la que tiene este UUID, las que tienen esta INTERNAL_REFERENCE o (ambos vacíos) todas las declaraciones enviadas desde este perfil de QGIS que aún no están resueltas y cuya consulta toca (la Comisión pide esperar 30 minutos antes de la primera). AVAILABLE da los números de referencia y de verificación; REJECTED, los motivos del servicio (REASONS); ambos se guardan en el perfil y junto a las parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la declaración</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Esperar el resultado (segundos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Reasons (REJECTED)</source>
        <translation>Motivos (REJECTED)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement with the internal reference &apos;{reference}&apos;.</source>
        <translation>No hay ninguna declaración con la referencia interna «{reference}».</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>{name}: SUBMITTED; its next check is due at {time} (UTC).</source>
        <translation>{name}: SUBMITTED; la próxima consulta toca a las {time} (UTC).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement of this profile is waiting for the EU Information System.</source>
        <translation>Ninguna declaración de este perfil está esperando al sistema de información de la UE.</translation>
    </message>
</context>
<context>
    <name>EuHeadings</name>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, pure-bred breeding animals</source>
        <translation>Animales vivos de la especie bovina, reproductores de raza pura</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, other</source>
        <translation>Animales vivos de la especie bovina, los demás</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, fresh or chilled</source>
        <translation>Carne de animales de la especie bovina, fresca o refrigerada</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, frozen</source>
        <translation>Carne de animales de la especie bovina, congelada</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, fresh or chilled</source>
        <translation>Despojos comestibles de la especie bovina, frescos o refrigerados</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible bovine livers, frozen</source>
        <translation>Hígados comestibles de la especie bovina, congelados</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, frozen, other</source>
        <translation>Despojos comestibles de la especie bovina, congelados, los demás</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prepared or preserved meat, offal or blood, of bovine animals</source>
        <translation>Preparaciones y conservas de carne, despojos o sangre de la especie bovina</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Raw hides and skins of bovine animals (ex)</source>
        <translation>Cueros y pieles en bruto de bovino (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Tanned or crust hides and skins of bovine animals (ex)</source>
        <translation>Cueros y pieles curtidos o «crust», de bovino (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Leather of bovine animals, further prepared after tanning or crusting (ex)</source>
        <translation>Cueros de bovino preparados después del curtido o del secado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa beans, whole or broken, raw or roasted</source>
        <translation>Cacao en grano, entero o partido, crudo o tostado</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa shells, husks, skins and waste</source>
        <translation>Cáscara, películas y demás desechos de cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa paste</source>
        <translation>Pasta de cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa butter, fat and oil</source>
        <translation>Manteca, grasa y aceite de cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa powder, not containing added sugar</source>
        <translation>Cacao en polvo sin adición de azúcar</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Chocolate and food containing cocoa</source>
        <translation>Chocolate y demás preparaciones alimenticias que contengan cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Coffee; coffee husks and skins; coffee substitutes containing coffee</source>
        <translation>Café; cáscara y cascarilla de café; sucedáneos del café que contengan café</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm nuts and kernels</source>
        <translation>Nueces y almendras de palma</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm oil and its fractions</source>
        <translation>Aceite de palma y sus fracciones</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Crude palm kernel and babassu oil</source>
        <translation>Aceites de almendra de palma o de babasú, en bruto</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm kernel and babassu oil, other</source>
        <translation>Aceites de almendra de palma o de babasú, los demás</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake of palm nuts or kernels</source>
        <translation>Tortas de nuez o de almendra de palma</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Glycerol, with a purity of 95 % or more (ex)</source>
        <translation>Glicerol, con una pureza igual o superior al 95 % (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palmitic acid, stearic acid, their salts and esters</source>
        <translation>Ácido palmítico, ácido esteárico, sus sales y sus ésteres</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Saturated acyclic monocarboxylic acids, other</source>
        <translation>Ácidos monocarboxílicos acíclicos saturados, los demás</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Stearic acid, industrial (ex)</source>
        <translation>Ácido esteárico industrial (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oleic acid, industrial (ex)</source>
        <translation>Ácido oleico industrial (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)</source>
        <translation>Ácidos grasos monocarboxílicos industriales, los demás; aceites ácidos del refinado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial fatty alcohols (ex)</source>
        <translation>Alcoholes grasos industriales (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums</source>
        <translation>Caucho natural, balata, gutapercha, guayule, chicle y gomas naturales análogas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Compounded rubber, unvulcanised (ex)</source>
        <translation>Caucho mezclado sin vulcanizar (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Unvulcanised rubber in other forms (ex)</source>
        <translation>Caucho sin vulcanizar en otras formas (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Vulcanised rubber thread and cord (ex)</source>
        <translation>Hilos y cuerdas de caucho vulcanizado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Plates, sheets, strip, rods of vulcanised rubber (ex)</source>
        <translation>Placas, hojas, tiras, varillas de caucho vulcanizado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Conveyor or transmission belts of vulcanised rubber (ex)</source>
        <translation>Correas transportadoras o de transmisión de caucho vulcanizado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>New pneumatic tyres of rubber (ex)</source>
        <translation>Neumáticos nuevos de caucho (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Retreaded or used tyres of rubber (ex)</source>
        <translation>Neumáticos recauchutados o usados de caucho (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Inner tubes of rubber (ex)</source>
        <translation>Cámaras de caucho para neumáticos (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Articles of apparel and gloves of vulcanised rubber (ex)</source>
        <translation>Prendas de vestir y guantes de caucho vulcanizado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other articles of vulcanised rubber (ex)</source>
        <translation>Las demás manufacturas de caucho vulcanizado (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Hard rubber and articles of it (ex)</source>
        <translation>Caucho endurecido y sus manufacturas (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya beans</source>
        <translation>Habas de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya bean flour and meal</source>
        <translation>Harina de habas de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya-bean oil and its fractions</source>
        <translation>Aceite de soja y sus fracciones</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake and other solid residues of soya-bean oil</source>
        <translation>Tortas y demás residuos sólidos de la extracción del aceite de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Pulp of wood or of other fibrous cellulosic material; recovered paper</source>
        <translation>Pasta de madera o de las demás materias fibrosas celulósicas; papel o cartón para reciclar</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation>Papel y cartón; manufacturas de pasta de celulosa, de papel o de cartón</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Printed books, newspapers, pictures and other printed products, of paper</source>
        <translation>Libros, periódicos, estampas y demás productos impresos, de papel</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Seats, wooden (ex)</source>
        <translation>Asientos de madera (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for offices</source>
        <translation>Muebles de madera de los tipos utilizados en oficinas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for kitchens</source>
        <translation>Muebles de madera de los tipos utilizados en cocinas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for bedrooms</source>
        <translation>Muebles de madera de los tipos utilizados en dormitorios</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other wooden furniture</source>
        <translation>Los demás muebles de madera</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Parts of furniture, of wood</source>
        <translation>Partes de muebles, de madera</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prefabricated buildings of wood</source>
        <translation>Construcciones prefabricadas de madera</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wood and articles of wood (heading {heading})</source>
        <translation>Madera y manufacturas de madera (partida {heading})</translation>
    </message>
</context>
<context>
    <name>EuIsTab</name>
    <message>
        <location filename="../ui/wdg_eu_is.py"/>
        <source>Due diligence statements in the EU Information System (TRACES), from the plots on the map; and the numbers received from suppliers, verified.</source>
        <translation>Declaraciones de diligencia debida en el sistema de información de la UE (TRACES), a partir de las parcelas del mapa; y los números recibidos de los proveedores, verificados.</translation>
    </message>
</context>
<context>
    <name>EuMessages</name>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Acceptance (test system)</source>
        <translation>Aceptación (sistema de pruebas)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Domestic</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producer</source>
        <translation>{n} productor</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producers</source>
        <translation>{n} productores</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} place</source>
        <translation>{n} lugar</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} places</source>
        <translation>{n} lugares</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statement</source>
        <translation>{n} declaración</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statements</source>
        <translation>{n} declaraciones</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Feature {fid}</source>
        <translation>Entidad {fid}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>the service said: &quot;{errors}&quot;</source>
        <translation>el servicio respondió: «{errors}»</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity &apos;{value}&apos; is not one of DOMESTIC, IMPORT, EXPORT.</source>
        <translation>La actividad «{value}» no es DOMESTIC, IMPORT ni EXPORT.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Operator role &apos;{value}&apos; is not one of OPERATOR, REPRESENTATIVE_OPERATOR.</source>
        <translation>La función de operador «{value}» no es OPERATOR ni REPRESENTATIVE_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} has {length} characters; the EU Information System takes at most {limit}.</source>
        <translation>{field} tiene {length} caracteres; el sistema de información de la UE admite como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not the code of an EU member state (or XI, Northern Ireland).</source>
        <translation>{field} «{value}» no es el código de un Estado miembro de la UE (ni XI, Irlanda del Norte).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity {activity} needs the operator&apos;s EORI number.</source>
        <translation>La actividad {activity} necesita el número EORI del operador.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an EORI number: the country&apos;s two letters, then up to 15 letters or digits.</source>
        <translation>«{value}» no es un número EORI: las dos letras del país y luego hasta 15 letras o cifras.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>An authorised representative&apos;s statement needs the represented operator: name, address (country, street, postal code, city) and an identifier.</source>
        <translation>La declaración de un representante autorizado necesita el operador representado: nombre, dirección (país, calle, código postal, ciudad) y un identificador.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Identifier type &apos;{value}&apos; of the represented operator is not one of {types}.</source>
        <translation>El tipo de identificador «{value}» del operador representado no es uno de {types}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>«{value}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{field} «{value}» no es un código de país ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Associated statement &apos;{value}&apos; is not a reference number (up to 14 letters and digits).</source>
        <translation>La declaración asociada «{value}» no es un número de referencia (hasta 14 letras y cifras).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} commodity lines: at most {limit} in one statement.</source>
        <translation>Líneas de materia prima: {count}; como máximo {limit} en una declaración.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading &apos;{value}&apos; must be 2 to 6 digits.</source>
        <translation>Materia prima {line}: la partida SA «{value}» debe tener de 2 a 6 cifras.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading {value} is not in {source}: only the listed products of cattle, cocoa, coffee, oil palm, rubber, soya and wood are declared.</source>
        <translation>Materia prima {line}: la partida SA {value} no figura en {source}: solo se declaran los productos enumerados de ganado bovino, cacao, café, palma aceitera, caucho, soja y madera.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give a description of the goods.</source>
        <translation>Materia prima {line}: indique una descripción de las mercancías.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: activity {activity} needs the net mass (kg).</source>
        <translation>Materia prima {line}: la actividad {activity} necesita la masa neta (kg).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give the net mass (kg) or a supplementary unit.</source>
        <translation>Materia prima {line}: indique la masa neta (kg) o una unidad suplementaria.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} &apos;{value}&apos; is not a number with at most 6 decimals below 10,000,000,000.</source>
        <translation>Materia prima {line}: {field} «{value}» no es un número con 6 decimales como máximo e inferior a 10 000 000 000.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} must be more than 0 (it is {value}).</source>
        <translation>Materia prima {line}: {field} debe ser mayor que 0 (es {value}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit needs its qualifier (3 or 4 letters, such as NAR or MTQ).</source>
        <translation>Materia prima {line}: una unidad suplementaria necesita su calificador (3 o 4 letras, como NAR o MTQ).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: the supplementary unit qualifier &apos;{value}&apos; must be 3 or 4 letters or digits.</source>
        <translation>Materia prima {line}: el calificador de unidad suplementaria «{value}» debe tener 3 o 4 letras o cifras.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit qualifier (&apos;{value}&apos;) without the supplementary unit.</source>
        <translation>Materia prima {line}: un calificador de unidad suplementaria («{value}») sin la unidad suplementaria.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line} (HS {heading}) is wood: give at least one species with its scientific and common name.</source>
        <translation>La materia prima {line} (SA {heading}) es madera: indique al menos una especie con su nombre científico y su nombre común.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: no production place to declare.</source>
        <translation>Materia prima {line}: ningún lugar de producción que declarar.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {count} producers, but at most {limit} per commodity fit in one statement: split it into {parts} statements.</source>
        <translation>Materia prima {line}: productores: {count}, pero en una declaración caben como máximo {limit} por materia prima: divídala en {parts} declaraciones.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} producers, but at most {limit} fit in one statement: split it into {parts} statements.</source>
        <translation>Productores: {count}, pero en una declaración caben como máximo {limit}: divídala en {parts} declaraciones.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{size_mb} MB of geolocation, but one statement carries at most {limit_mb} MB (25 MB once Base64-encoded): split it into {parts} statements.</source>
        <translation>{size_mb} MB de geolocalización, pero una declaración lleva como máximo {limit_mb} MB (25 MB una vez codificada en Base64): divídala en {parts} declaraciones.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}: {finding}</source>
        <translation>Materia prima {line}, productor {producer} ({name}), entidad {feature}: {finding}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}): country &apos;{value}&apos; is not an ISO 3166-1 alpha-2 code.</source>
        <translation>Materia prima {line}, productor {producer} ({name}): el país «{value}» no es un código ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The layer has no field &apos;{field}&apos; for the {role} (fields: {fields}).</source>
        <translation>La capa no tiene el campo «{field}» ({role}) (campos: {fields}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no geometry; a production place needs its point or polygon.</source>
        <translation>{feature}: sin geometría; un lugar de producción necesita su punto o su polígono.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer name in the field &apos;{field}&apos;.</source>
        <translation>{feature}: ningún nombre de productor en el campo «{field}».</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer country in the field &apos;{field}&apos; (the two-letter ISO code).</source>
        <translation>{feature}: ningún país del productor en el campo «{field}» (el código ISO de dos letras).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>No production place to declare: the layer or the selection has no feature.</source>
        <translation>Ningún lugar de producción que declarar: la capa o la selección no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System could not be used; the Message Log says why.</source>
        <translation>No se pudo usar el sistema de información de la UE; el registro de mensajes indica por qué.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the secure connection failed (certificate not trusted?). Check the internet connection, the proxy and the environment.</source>
        <translation>No se pudo contactar con el sistema de información de la UE en {host}: falló la conexión segura (¿certificado no fiable?). Compruebe la conexión a internet, el proxy y el entorno.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the proxy refused the connection. Check the proxy settings.</source>
        <translation>No se pudo contactar con el sistema de información de la UE en {host}: el proxy rechazó la conexión. Revise la configuración del proxy.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: no answer. Check the internet connection, the proxy and the environment.</source>
        <translation>No se pudo contactar con el sistema de información de la UE en {host}: sin respuesta. Compruebe la conexión a internet, el proxy y el entorno.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} did not confirm {operation} ({what}): it may have been recorded. It was not sent again; look it up by its internal reference &apos;{internal_reference}&apos; before sending it again.</source>
        <translation>{host} no confirmó {operation} ({what}): puede que se haya registrado. No se volvió a enviar; búsquela por su referencia interna «{internal_reference}» antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System failed on {operation} ({errors}); try again later.</source>
        <translation>El sistema de información de la UE falló en {operation} ({errors}); inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} without a statement.</source>
        <translation>{host} respondió a {operation} sin ninguna declaración.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} with something that is not its SOAP answer (HTTP {status}).</source>
        <translation>{host} respondió a {operation} con algo que no es su respuesta SOAP (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is too large; it was not read.</source>
        <translation>La respuesta del sistema de información de la UE es demasiado grande; no se leyó.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System contains a DTD or entity declaration, which a SOAP message may not have; it was not read.</source>
        <translation>La respuesta del sistema de información de la UE contiene una DTD o una declaración de entidad, que un mensaje SOAP no puede tener; no se leyó.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is not well-formed XML ({error}).</source>
        <translation>La respuesta del sistema de información de la UE no es XML bien formado ({error}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; must be only the server address (no user name, password, &apos;?&apos; or &apos;#&apos;); the username and authentication key are kept in QGIS&apos;s authentication database.</source>
        <translation>«{text}» debe ser solo la dirección del servidor (sin nombre de usuario, contraseña, «?» ni «#»); el nombre de usuario y la clave de autenticación se guardan en la base de autenticación de QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The statement cannot be written: {field} &apos;{value}&apos; is not a value the EU Information System takes.</source>
        <translation>No se puede escribir la declaración: {field} «{value}» no es un valor que admita el sistema de información de la UE.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System username contains characters a username cannot have.</source>
        <translation>El nombre de usuario del sistema de información de la UE contiene caracteres que un nombre de usuario no puede tener.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System ({host}) refused the username or authentication key of &apos;{username}&apos; ({errors}). Check both in the EU Login profile, Web Services Access, and that they belong to the {environment} environment.</source>
        <translation>El sistema de información de la UE ({host}) rechazó el nombre de usuario o la clave de autenticación de «{username}» ({errors}). Compruebe ambos en el perfil de EU Login, acceso a servicios web, y que pertenecen al entorno {environment}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s time ({errors}): the computer&apos;s clock must be within 5 minutes of the EU Information System&apos;s. Set the clock (automatic time, NTP) and try again.</source>
        <translation>{host} rechazó la hora de la solicitud ({errors}): el reloj del equipo debe estar a menos de 5 minutos del reloj del sistema de información de la UE. Ajuste el reloj (hora automática, NTP) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System is unavailable (HTTP {status} from {host}); try again later.</source>
        <translation>El sistema de información de la UE no está disponible (HTTP {status} de {host}); inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System refused {operation}: {errors}</source>
        <translation>El sistema de información de la UE rechazó {operation}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} has no such statement ({errors}).</source>
        <translation>{host} no tiene esa declaración ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System does not allow {operation} here ({errors}).</source>
        <translation>El sistema de información de la UE no permite {operation} aquí ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s security token as already used ({errors}). Try again.</source>
        <translation>{host} rechazó el token de seguridad de la solicitud por estar ya usado ({errors}). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System needs a username and an authentication key (EU Login profile, Web Services Access).</source>
        <translation>El sistema de información de la UE necesita un nombre de usuario y una clave de autenticación (perfil de EU Login, acceso a servicios web).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; uses plain http: the authentication digest and the statements would travel unencrypted. Use https (plain http is only for a test service on this machine).</source>
        <translation>«{text}» usa http sin cifrar: el resumen de autenticación y las declaraciones viajarían sin cifrado. Use https (http sin cifrar solo se admite para un servicio de pruebas en este equipo).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; is not a server address: give a full URL such as {example}</source>
        <translation>«{text}» no es una dirección de servidor: indique una URL completa como {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Unknown EU Information System environment &apos;{name}&apos;: choose acceptance (the Commission&apos;s test system) or production.</source>
        <translation>Entorno del sistema de información de la UE desconocido «{name}»: elija acceptance (el sistema de pruebas de la Comisión) o production.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{url} is the production EU Information System: choose the production environment explicitly to send statements there.</source>
        <translation>{url} es el sistema de información de la UE de producción: elija expresamente el entorno production para enviar allí declaraciones.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}</source>
        <translation>Materia prima {line}, productor {producer} ({name}), entidad {feature}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute ahead of the server&apos;s.</source>
        <translation>El reloj de este ordenador va 1 minuto adelantado respecto al del servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>El reloj de este equipo va {minutes} min adelantado respecto al del servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute behind the server&apos;s.</source>
        <translation>El reloj de este ordenador va 1 minuto atrasado respecto al del servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>El reloj de este equipo va {minutes} min atrasado respecto al del servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> (1 more problem found)</source>
        <translation> (se encontró 1 problema más)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> ({n} more problems found)</source>
        <translation> (se encontraron {n} problemas más)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Nothing was sent again; before sending it again, look it up by its internal reference &apos;{reference}&apos;.</source>
        <translation>No se volvió a enviar nada; antes de volver a enviarla, búsquela por su referencia interna «{reference}».</translation>
    </message>
    <message>
        <source> ({n} more problem(s) found)</source>
        <translation type="obsolete"> (otros problemas encontrados: {n})</translation>
    </message>
</context>
<context>
    <name>EuNewStatement</name>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{producers}, {places}, {size} MB of geolocation.</source>
        <translation>{producers}, {places}, {size} MB de geolocalización.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Refused before sending: {problem}</source>
        <translation>Rechazada antes del envío: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Nothing the EU Information System would refuse was found: ready to submit to {environment}.</source>
        <translation>No se encontró nada que el sistema de información de la UE rechazaría: lista para enviar. Entorno: {environment}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Over the limits of one statement (1,000 producers, 25 MB): it will be sent as {n} statements, the quantities divided by area.</source>
        <translation>Supera los límites de una declaración (1000 productores, 25 MB): se enviará como {n} declaraciones, con las cantidades repartidas según la superficie.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warning: {warning}</source>
        <translation>{n} advertencia: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warnings, the first: {warning}</source>
        <translation>{n} advertencias; la primera: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>New statement</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the places and check everything the EU Information System would refuse; nothing is sent.</source>
        <translation>Lee los lugares y comprueba todo lo que el sistema de información de la UE rechazaría; no se envía nada.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit...</source>
        <translation>Enviar...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Elija la capa de lugares de producción.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Reading {layer} ...</source>
        <translation>Leyendo {layer} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Statement preview: {text}</source>
        <translation>Vista previa de la declaración: {text}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the statement</source>
        <translation>Lectura de la declaración</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>EU Information System</source>
        <translation>Sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statement ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>¿Enviar {n} declaración de diligencia debida ({producers}) al sistema de información de la UE, {environment} ({host})?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statements ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>¿Enviar {n} declaraciones de diligencia debida ({producers}) al sistema de información de la UE, {environment} ({host})?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Production: this is a legal declaration to the EU.</source>
        <translation>Producción: es una declaración jurídica ante la UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Not submitted.</source>
        <translation>No enviada.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Las declaraciones anteriores se enviaron: {sent}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit the statement</source>
        <translation>Envío de la declaración</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submitted {reference} as {uuid}; waiting for the EU Information System&apos;s answer.</source>
        <translation>{reference} enviada como {uuid}; esperando la respuesta del sistema de información de la UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Amended since it was submitted (last on {time}).</source>
        <translation>Modificada desde su envío (la última vez el {time}).</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size} MB of geolocation.</source>
        <translation type="obsolete">Productores: {producers}, lugares: {places}, geolocalización: {size} MB.</translation>
    </message>
    <message>
        <source>{n} warning(s), e.g.: {warning}</source>
        <translation type="obsolete">Advertencias: {n}, p. ej.: {warning}</translation>
    </message>
    <message>
        <source>Submit {n} due diligence statement(s) ({producers} producer(s)) to the EU Information System, {environment} ({host})?</source>
        <translation type="obsolete">¿Enviar {n} declaración(es) de diligencia debida ({producers} productor(es)) al sistema de información de la UE, {environment} ({host})?</translation>
    </message>
</context>
<context>
    <name>EuPlotNumbers</name>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU reference number</source>
        <translation>Número de referencia UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU verification number</source>
        <translation>Número de verificación UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plots table</source>
        <translation>Tabla de parcelas</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plot feature id</source>
        <translation>Id. de entidad de la parcela</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la declaración</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement numbers of {table}</source>
        <translation>Números de las declaraciones de {table}</translation>
    </message>
</context>
<context>
    <name>EuRegister</name>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>Cannot open {path} to write the register.</source>
        <translation>No se puede abrir {path} para escribir el registro.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>The table &apos;{table}&apos; in {path} is not a register of statements (it has no {columns}): choose another table name.</source>
        <translation>La tabla «{table}» de {path} no es un registro de declaraciones (le falta {columns}): elija otro nombre de tabla.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>&apos;{reference}&apos; / &apos;{verification}&apos; is not a reference number (up to 14 characters) with its verification number (5 to 35 characters): nothing was asked.</source>
        <translation>«{reference}» / «{verification}» no es un número de referencia (hasta 14 caracteres) con su número de verificación (de 5 a 35 caracteres): no se consultó nada.</translation>
    </message>
</context>
<context>
    <name>EuRegisterBox</name>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, usable</source>
        <translation>Existe, utilizable</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, not usable</source>
        <translation>Existe, no utilizable</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Does not exist</source>
        <translation>No existe</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Not verified yet</source>
        <translation>Aún no verificado</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number {reference}, verification number {verification}; supplier {supplier}, received on {received}, product {product}; the service said {result} ({status}, {date}); checked {checked}.</source>
        <translation>Número de referencia {reference}, número de verificación {verification}; proveedor {supplier}, recibido el {received}, producto {product}; el servicio respondió {result} ({status}, {date}); verificado el {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Statements received from suppliers (verify register)</source>
        <translation>Declaraciones recibidas (registro de verificación)</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verification number</source>
        <translation>Número de verificación</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Add to the register</source>
        <translation>Añadir al registro</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify all</source>
        <translation>Verificar todo</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Ask the EU Information System about every pair of numbers in the register; each answer is kept, dated, for five years.</source>
        <translation>Consulta al sistema de información de la UE cada par de números del registro; cada respuesta se guarda, con su fecha, durante cinco años.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Choose the GeoPackage of the register (a new file is created).</source>
        <translation>Elija el GeoPackage del registro (se crea un archivo nuevo).</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Read the register</source>
        <translation>Lectura del registro</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Give the reference number and the verification number the supplier gave.</source>
        <translation>Indique el número de referencia y el número de verificación que dio el proveedor.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{reference} added to the register; Verify all asks the EU Information System about it.</source>
        <translation>{reference} añadido al registro; «Verificar todo» lo consulta al sistema de información de la UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pair verified; every answer kept in {table}.</source>
        <translation>{n} par verificado; cada respuesta se guarda en {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pairs verified; every answer kept in {table}.</source>
        <translation>{n} pares verificados; cada respuesta se guarda en {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify the register</source>
        <translation>Verificación del registro</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="obsolete">Verificado</translation>
    </message>
    <message>
        <source>{n} pair(s) verified; every answer kept in {table}.</source>
        <translation type="obsolete">Pares verificados: {n}; cada respuesta se guarda en {table}.</translation>
    </message>
</context>
<context>
    <name>EuStatementForm</name>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Authorised representative</source>
        <translation>Representante autorizado</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Not a heading of Annex I: the EU Information System would refuse it.</source>
        <translation>No es una partida del anexo I: el sistema de información de la UE la rechazaría.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The producer&apos;s country: the two-letter ISO code (the preflight&apos;s fix fills ProducerCountry from the geometry).</source>
        <translation>El país del productor: el código ISO de dos letras (la corrección del control previo rellena ProducerCountry a partir de la geometría).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Production places</source>
        <translation>Lugares de producción</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer name field</source>
        <translation>Campo del nombre del productor</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer country field</source>
        <translation>Campo del país del productor</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. FR1234567890123 (IMPORT and EXPORT)</source>
        <translation>p. ej. FR1234567890123 (importación, exportación)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator role</source>
        <translation>Función del operador</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>country (2 letters)</source>
        <translation>país (2 letras)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>street and number</source>
        <translation>calle y número</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>identifiers, e.g. vat:DE123456789</source>
        <translation>identificadores, p. ej. vat:DE123456789</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Represented operator</source>
        <translation>Operador representado</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>EORI number</source>
        <translation>Número EORI</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Country of activity</source>
        <translation>País de la actividad</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Border-cross country</source>
        <translation>País de cruce de frontera</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The HS heading of Annex I of Regulation (EU) 2023/1115 (pick one, or type 2 to 6 digits of a subdivision).</source>
        <translation>La partida SA del anexo I del Reglamento (UE) 2023/1115 (elija una o escriba de 2 a 6 cifras de una subdivisión).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Green coffee beans, not roasted</source>
        <translation>p. ej. Café verde en grano, sin tostar</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>kg (IMPORT and EXPORT: required)</source>
        <translation>kg (importación, exportación: obligatorio)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>quantity in the unit below</source>
        <translation>cantidad (unidad de abajo)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>unit, e.g. MTQ, NAR</source>
        <translation>unidad, p. ej. MTQ, NAR</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Quercus robur</source>
        <translation>p. ej. Quercus robur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. oak</source>
        <translation>p. ej. roble</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>HS heading</source>
        <translation>Partida SA</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Description of the goods</source>
        <translation>Descripción de las mercancías</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Net mass (kg)</source>
        <translation>Masa neta (kg)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Supplementary unit</source>
        <translation>Unidad suplementaria</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Unit qualifier</source>
        <translation>Calificador de unidad</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: scientific name</source>
        <translation>Especie: nombre científico</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: common name</source>
        <translation>Especie: nombre común</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>empty: one is made</source>
        <translation>vacío: se crea una</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Your reference (order, shipment): it also finds a statement whose answer was lost.</source>
        <translation>Su referencia (pedido, envío): también sirve para encontrar una declaración cuya respuesta se perdió.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolocalización confidencial</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>reference numbers, separated by commas</source>
        <translation>número, número, ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Associated statements</source>
        <translation>Declaraciones asociadas</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="obsolete">Nacional</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="obsolete">Importación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="obsolete">Exportación</translation>
    </message>
</context>
<context>
    <name>EuStatementList</name>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference: {value}</source>
        <translation>Referencia interna: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status: {value}</source>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>UUID: {value}</source>
        <translation>UUID: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number: {value}</source>
        <translation>Número de referencia: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Verification number: {value}</source>
        <translation>Número de verificación: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Environment: {value}</source>
        <translation>Entorno: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Submitted: {time}; last checked: {checked}</source>
        <translation>Enviada: {time}; última consulta: {checked}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Sent: {producers}, {places}, HS {headings}, net mass {mass} kg</source>
        <translation>Enviada: {producers}, {places}, SA {headings}, masa neta {mass} kg</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended once, on {time}.</source>
        <translation>Modificada una vez, el {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended {n} times, last on {time}.</source>
        <translation>Modificada {n} veces, la última el {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reasons given by the EU Information System:</source>
        <translation>Motivos indicados por el sistema de información de la UE:</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference</source>
        <translation>Referencia interna</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Ask the EU Information System where the selected statement stands (none selected: every statement still waiting).</source>
        <translation>Pregunta al sistema de información de la UE en qué punto está la declaración seleccionada (ninguna seleccionada: todas las declaraciones aún en espera).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend...</source>
        <translation>Modificar...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy numbers</source>
        <translation>Copiar números</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy the reference and verification numbers, to give them to your customers.</source>
        <translation>Copia los números de referencia y de verificación, para dárselos a sus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Select a statement to see it in full.</source>
        <translation>Seleccione una declaración para verla completa.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the selected statement (only an available one, within 72 hours of its submission).</source>
        <translation>Retira la declaración seleccionada (solo una disponible, en las 72 horas siguientes a su envío).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Change the selected statement&apos;s content (only an available one, within 72 hours of its submission): its form opens with what was sent; the reference number stays.</source>
        <translation>Cambia el contenido de la declaración seleccionada (solo una disponible, en las 72 horas siguientes a su envío): su formulario se abre con lo enviado; el número de referencia se mantiene.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to check it.</source>
        <translation>{name} se envió a otro entorno o servidor ({environment}): elija esa conexión para consultarla.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>The Commission asks for 30 minutes before the first status check: {name} can be checked from {time}.</source>
        <translation>La Comisión pide esperar 30 minutos antes de la primera consulta del estado: {name} se puede consultar a partir de {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>No statement of this connection is waiting for the EU Information System.</source>
        <translation>Ninguna declaración de esta conexión está esperando al sistema de información de la UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statement ...</source>
        <translation>Consultando {n} declaración ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statements ...</source>
        <translation>Consultando {n} declaraciones ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check the statements</source>
        <translation>Consulta de las declaraciones</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>EU Information System</source>
        <translation>Sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to withdraw it.</source>
        <translation>{name} se envió a otro entorno o servidor ({environment}): elija esa conexión para retirarla.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement {name} (reference number {reference}) from the EU Information System, {environment}? It can no longer be used by anyone.</source>
        <translation>¿Retirar la declaración {name} (número de referencia {reference}) del sistema de información de la UE, {environment}? Ya nadie podrá usarla.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement</source>
        <translation>Retirada de la declaración</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to amend it.</source>
        <translation>{name} se envió a otro entorno o servidor ({environment}): elija esa conexión para modificarla.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Elija la capa de lugares de producción.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amending {name} ...</source>
        <translation>Modificando {name}...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} amended: the EU Information System holds the new content; reference number {reference}.</source>
        <translation>{name} modificada: el Sistema de información de la UE tiene el nuevo contenido; número de referencia {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend the statement</source>
        <translation>Modificar la declaración</translation>
    </message>
    <message>
        <source>Sent: {producers} producer(s), {places} place(s), HS {headings}, net mass {mass} kg</source>
        <translation type="obsolete">Enviado: {producers} productor(es), {places} lugar(es), SA {headings}, masa neta {mass} kg</translation>
    </message>
    <message>
        <source>Checking {n} statement(s) ...</source>
        <translation type="obsolete">Consultando {n} declaración(es) ...</translation>
    </message>
</context>
<context>
    <name>EuStatements</name>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot save the EU statements in {path}: {reason}</source>
        <translation>No se pueden guardar las declaraciones de la UE en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot update the statement in {path}: {reason}</source>
        <translation>No se puede actualizar la declaración en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The internal reference &apos;{reference}&apos; is already used by the statement {uuid} ({status}): give another internal reference, or withdraw that statement first.</source>
        <translation>La referencia interna «{reference}» ya la usa la declaración {uuid} ({status}): indique otra referencia interna o retire antes esa declaración.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The statement {reference} has no UUID yet: check its status first.</source>
        <translation>La declaración {reference} aún no tiene UUID: compruebe antes su estado.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be amended; {uuid} is {status}.</source>
        <translation>Solo se puede modificar una declaración AVAILABLE; {uuid} está {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be withdrawn; {uuid} is {status}.</source>
        <translation>Solo se puede retirar una declaración AVAILABLE; {uuid} está {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be amended only within 72 hours of its submission.</source>
        <translation>{uuid} se envió el {date}: una declaración solo se puede modificar en las 72 horas siguientes a su envío.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be withdrawn only within 72 hours of its submission.</source>
        <translation>{uuid} se envió el {date}: una declaración solo se puede retirar en las 72 horas siguientes a su envío.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>An amendment cannot change the activity: {name} was declared as {declared}, the amendment says {activity}.</source>
        <translation>Una modificación no puede cambiar la actividad: {name} se declaró como {declared}, la modificación indica {activity}.</translation>
    </message>
    <message>
        <source>Only an AVAILABLE statement can be {action}; {uuid} is {status}.</source>
        <translation type="obsolete">Solo una declaración AVAILABLE puede ser {action}; {uuid} está en {status}.</translation>
    </message>
    <message>
        <source>{uuid} was submitted on {date}: a statement can be {action} only within 72 hours of its submission.</source>
        <translation type="obsolete">{uuid} se envió el {date}: una declaración solo puede ser {action} en las 72 horas siguientes a su envío.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="obsolete">retirada</translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="obsolete">modificada</translation>
    </message>
</context>
<context>
    <name>EuSubmitDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Production places</source>
        <translation>Lugares de producción</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer name field</source>
        <translation>Campo del nombre del productor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer country field</source>
        <translation>Campo del país del productor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Operator role</source>
        <translation>Función del operador</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>EORI number (IMPORT and EXPORT)</source>
        <translation>Número EORI (IMPORT y EXPORT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Country of activity (EU, 2 letters)</source>
        <translation>País de la actividad (UE, 2 letras)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Border-cross country (EU, 2 letters)</source>
        <translation>País de cruce de frontera (UE, 2 letras)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>HS heading (Annex I)</source>
        <translation>Partida SA (anexo I)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Description of the goods</source>
        <translation>Descripción de las mercancías</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Net mass (kg)</source>
        <translation>Masa neta (kg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit</source>
        <translation>Unidad suplementaria</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit qualifier (e.g. MTQ)</source>
        <translation>Calificador de la unidad suplementaria (p. ej. MTQ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: scientific name (wood)</source>
        <translation>Especie: nombre científico (madera)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: common name (wood)</source>
        <translation>Especie: nombre común (madera)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Internal reference (empty: one is made)</source>
        <translation>Referencia interna (vacío: se crea una)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Associated statements (reference numbers, comma)</source>
        <translation>Declaraciones asociadas (números de referencia, separados por comas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolocalización confidencial</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: name</source>
        <translation>Operador representado: nombre</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: country (2 letters)</source>
        <translation>Operador representado: país (2 letras)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: street and number</source>
        <translation>Operador representado: calle y número</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: postal code</source>
        <translation>Operador representado: código postal</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: city</source>
        <translation>Operador representado: ciudad</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: identifiers (vat:DE123;eori:...)</source>
        <translation>Operador representado: identificadores (vat:DE123;eori:...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submit a due diligence statement (EU Information System)</source>
        <translation>Enviar una declaración de diligencia debida (sistema de información de la UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Builds a due diligence statement from a layer of production places and submits it to the EU Information System (acceptance unless ENVIRONMENT=production). One producer entry per producer (PRODUCER_FIELD and COUNTRY_FIELD), its places as GeoJSON in the EU rules (6 decimals). Everything the service would refuse is refused before sending, naming the feature, field or limit: the schema&apos;s limits, an EORI and a net mass for IMPORT and EXPORT, species for wood, positive quantities, the geolocation rules (the preflight&apos;s check on what is sent), 25 MB and 1,000 producers per statement (SPLIT sends several, the quantities divided by area). The statement is recorded in the profile and, for a GeoPackage layer, beside the plots (tables eu_statements and eu_statement_plots); WAIT_SECONDS checks it until AVAILABLE or REJECTED (the Commission asks for 30 minutes before the first check). The authentication key is never stored nor shown.</source>
        <translation>Crea una declaración de diligencia debida a partir de una capa de lugares de producción y la envía al sistema de información de la UE (acceptance, salvo ENVIRONMENT=production). Una entrada por productor (PRODUCER_FIELD y COUNTRY_FIELD), con sus lugares en GeoJSON según las reglas de la UE (6 decimales). Todo lo que el servicio rechazaría se rechaza antes del envío, nombrando la entidad, el campo o el límite: los límites del esquema, un EORI y una masa neta para IMPORT y EXPORT, las especies para la madera, cantidades positivas, las reglas de geolocalización (la comprobación previa sobre lo que se envía), 25 MB y 1000 productores por declaración (SPLIT envía varias, con las cantidades repartidas según la superficie). La declaración se registra en el perfil y, para una capa GeoPackage, junto a las parcelas (tablas eu_statements y eu_statement_plots); WAIT_SECONDS la consulta hasta AVAILABLE o REJECTED (la Comisión pide esperar 30 minutos antes de la primera consulta). La clave de autenticación nunca se guarda ni se muestra.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Split into several statements when over the limits</source>
        <translation>Dividir en varias declaraciones si se superan los límites</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Esperar el resultado (segundos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Set SPLIT to send them as {n} statements.</source>
        <translation>Active SPLIT para enviarlas como {n} declaraciones.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{producers}, {places}, {size} MB of geolocation, in {statements}.</source>
        <translation>{producers}, {places}, {size} MB de geolocalización, en {statements}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Las declaraciones anteriores se enviaron: {sent}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submitted {reference} as {uuid}.</source>
        <translation>{reference} enviada como {uuid}.</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size:.2f} MB of geolocation, in {n} statement(s).</source>
        <translation type="obsolete">Productores: {producers}, lugares: {places}, geolocalización: {size:.2f} MB, declaraciones: {n}.</translation>
    </message>
</context>
<context>
    <name>EuVerifyDeclarations</name>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verify statements received from suppliers (EU Information System)</source>
        <translation>Verificar declaraciones recibidas de proveedores (sistema de información de la UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>For downstream operators and traders: asks the EU Information System&apos;s Verify service about each reference + verification number (REFERENCE_NUMBER and VERIFICATION_NUMBER, or every row of INPUT) and appends each answer to the register OUTPUT with its supplier, date received and product: result (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, the service&apos;s date, checked_at and keep_until (five years). Rows are only ever appended: the register keeps every answer.</source>
        <translation>Para operadores y comerciantes posteriores en la cadena: consulta al servicio Verify del sistema de información de la UE cada número de referencia + número de verificación (REFERENCE_NUMBER y VERIFICATION_NUMBER, o cada fila de INPUT) y añade cada respuesta al registro OUTPUT con su proveedor, fecha de recepción y producto: resultado (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), estado, la fecha del servicio, checked_at y keep_until (cinco años). Las filas solo se añaden: el registro guarda todas las respuestas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number</source>
        <translation>Número de verificación</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received (YYYY-MM-DD)</source>
        <translation>Fecha de recepción (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Table of numbers received</source>
        <translation>Tabla de números recibidos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number field</source>
        <translation>Campo del número de referencia</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number field</source>
        <translation>Campo del número de verificación</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier field</source>
        <translation>Campo del proveedor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received field</source>
        <translation>Campo de la fecha de recepción</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product field</source>
        <translation>Campo del producto</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Give REFERENCE_NUMBER and VERIFICATION_NUMBER, or INPUT: a table with the two numbers of each statement.</source>
        <translation>Indique REFERENCE_NUMBER y VERIFICATION_NUMBER, o INPUT: una tabla con los dos números de cada declaración.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>INPUT has no field &apos;{field}&apos; (fields: {fields}): name it with REFERENCE_FIELD and VERIFICATION_FIELD.</source>
        <translation>INPUT no tiene el campo «{field}» (campos: {fields}): nómbrelo con REFERENCE_FIELD y VERIFICATION_FIELD.</translation>
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
        <translation>Retirar una declaración de diligencia debida (sistema de información de la UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraws an AVAILABLE statement within 72 hours of its submission (the service refuses it once it is referenced by another statement or used: its reasons are shown). The new status is kept in the profile and beside the plots.</source>
        <translation>Retira una declaración AVAILABLE en las 72 horas siguientes a su envío (el servicio lo rechaza en cuanto otra declaración la referencia o se ha usado: se muestran sus motivos). El nuevo estado se guarda en el perfil y junto a las parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la declaración</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
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
        <translation>La pérdida de bosque del {loss} % supera el límite del {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is over the {score_limit} limit</source>
        <translation>La puntuación {score} supera el límite de {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert dated {alert_date}, after {cutoff}</source>
        <translation>Alerta de deforestación con fecha {alert_date}, posterior a {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert without a date (Epoch monitors from {cutoff})</source>
        <translation>Alerta de deforestación sin fecha (Epoch hace el seguimiento desde {cutoff})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is close to the {loss_limit} % limit</source>
        <translation>La pérdida de bosque del {loss} % está cerca del límite del {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is close to the {score_limit} limit</source>
        <translation>La puntuación {score} está cerca del límite de {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country not computed: no country field, no location in a country, no producer&apos;s country</source>
        <translation>País no calculado: no hay campo de país, ni ubicación en un país, ni país del productor</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss not computed: no noncompliance_area_perc, nor area and noncompliance_area</source>
        <translation>Pérdida de bosque no calculada: no hay noncompliance_area_perc, ni area y noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: no deforestation_alert</source>
        <translation>Alerta posterior a la fecha de corte no calculada: no hay deforestation_alert</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_alert &apos;{alert}&apos; not understood</source>
        <translation>Alerta posterior a la fecha de corte no calculada: no se entiende deforestation_alert «{alert}»</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_start or deforestation_end is not a date</source>
        <translation>Alerta posterior a la fecha de corte no calculada: deforestation_start o deforestation_end no es una fecha</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area not computed: no noncompliance_area</source>
        <translation>Superficie de alerta no calculada: no hay noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert dated {alert_date}, on or before {cutoff}: noted, not counted</source>
        <translation>Alerta con fecha {alert_date}, en o antes de {cutoff}: anotada, no contabilizada</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss at most {review_loss} %, score at most {review_score}, no alert after {cutoff}</source>
        <translation>Pérdida de bosque como máximo del {review_loss} %, puntuación como máximo {review_score}, sin alertas posteriores a {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss</source>
        <translation>Pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert</source>
        <translation>Alerta posterior a la fecha de corte</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area</source>
        <translation>Superficie de alerta</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Data uncertainty</source>
        <translation>Incertidumbre de los datos</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>plot location</source>
        <translation>ubicación de la parcela</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>producer&apos;s country</source>
        <translation>país del productor</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>not computed</source>
        <translation>no calculado</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (puntuación {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is not a number: {value}</source>
        <translation>{field} no es un número: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is out of range: {value} ({range})</source>
        <translation>{field} está fuera de rango: {value} ({range})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is too large to store: {value} (a GeoPackage integer holds at most {max})</source>
        <translation>{field} es demasiado grande para almacenarlo: {value} (un entero de GeoPackage admite como máximo {max})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>NUL character removed from {field}</source>
        <translation>Carácter NUL eliminado de {field}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large to store, left empty: {value}</source>
        <translation>{field} demasiado grande para almacenarlo, se deja vacío: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large for an integer, stored as a real: {value}</source>
        <translation>{field} demasiado grande para un entero, almacenado como real: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Bytes that are not UTF-8 replaced by U+FFFD (line {field}, byte {value})</source>
        <translation>Bytes que no son UTF-8 sustituidos por U+FFFD (línea {field}, byte {value})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a fraction from 0 to 1</source>
        <translation>una fracción de 0 a 1</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a whole number of plots, 0 or more</source>
        <translation>un número entero de parcelas, 0 o más</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>an area of 0 ha or more</source>
        <translation>una superficie de 0 ha o más</translation>
    </message>
</context>
<context>
    <name>ExportTracesGeojson</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Export EU-ready GeoJSON (TRACES)</source>
        <translation>Exportar GeoJSON listo para la UE (TRACES)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most 1,000 producers of the commodity); the summary says which limit closed each file. A feature with preflight errors refuses the export (nothing is written; the message names it) unless INCLUDE_ERRORS. Features written without ProducerCountry are warned about: map it with COUNTRY_FIELD.</source>
        <translation>Escribe GeoJSON para el sistema de información de la UE: solo ProducerName, ProducerCountry, ProductionPlace y Area; coordenadas recortadas a 6 decimales, como las guarda el sistema de la UE; lon/lat; las GeometryCollection tal como están. Cada archivo es un lote: lo que puede contener una declaración de diligencia debida (menos de 25 MB tanto tal como se escribe como codificado en base64, como máximo 1000 productores de la materia prima); el resumen indica qué límite cerró cada archivo. Una entidad con errores de la comprobación previa impide la exportación (no se escribe nada; el mensaje la nombra), salvo con INCLUDE_ERRORS. Se avisa de las entidades escritas sin ProducerCountry: asígnelo con COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerName from</source>
        <translation>ProducerName de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerCountry from</source>
        <translation>ProducerCountry de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProductionPlace from</source>
        <translation>ProductionPlace de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area from</source>
        <translation>Area de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Include features with errors</source>
        <translation>Incluir las entidades con errores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>File name prefix</source>
        <translation>Prefijo del nombre de archivo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Files written</source>
        <translation>Archivos escritos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>What went where (JSON)</source>
        <translation>Qué fue a dónde (JSON)</translation>
    </message>
</context>
<context>
    <name>FacilityCard</name>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Risk signal: {signal}; relevance: {relevance}</source>
        <translation>Señal de riesgo: {signal}; pertinencia: {relevance}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No commodity presence</source>
        <translation>Sin presencia de la materia prima</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low commodity presence</source>
        <translation>Poca presencia de la materia prima</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No POI nearby</source>
        <translation>Ningún PDI cerca</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No building presence</source>
        <translation>Sin edificios</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No road access</source>
        <translation>Sin acceso por carretera</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High building density (urban)</source>
        <translation>Alta densidad de edificios (urbano)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Deforestation nearby</source>
        <translation>Deforestación cercana</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check a facility here</source>
        <translation>Comprobar una instalación aquí</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Pick on the map</source>
        <translation>Elegir en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click a point on the map: Epoch validates it as a facility with the commodity and facility options above.</source>
        <translation>Pulse un punto del mapa: Epoch lo valida como instalación con las opciones de materia prima e instalación de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>or type longitude, latitude (WGS 84)</source>
        <translation>o escriba longitud, latitud (WGS 84)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Incluir la deforestación (radio de 50 km)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click the facility on the map.</source>
        <translation>Pulse la instalación en el mapa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. {example}.</source>
        <translation>Escriba el punto como longitud, latitud en grados WGS 84, p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>A check is running: wait for its answer.</source>
        <translation>Hay una comprobación en curso: espere su respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking the facility at {point} ...</source>
        <translation>Comprobando la instalación en {point} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking a facility</source>
        <translation>Comprobando una instalación</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{name} — score {score}, {level}</source>
        <translation>{name} — puntuación {score}, {level}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Penalties (from 1.00):</source>
        <translation>Penalizaciones (desde 1,00):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No penalty: every scored signal is present.</source>
        <translation>Sin penalización: todas las señales puntuadas están presentes.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Warning: {text}</source>
        <translation>Advertencia: {text}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality sources (Article 10): not asked (tick an Article 10 check above).</source>
        <translation>Fuentes de legalidad (artículo 10): no solicitadas (marque arriba una comprobación del artículo 10).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality risk (Article 10): {level} ({score})</source>
        <translation>Riesgo de legalidad (artículo 10): {level} ({score})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} source</source>
        <translation>{n} fuente</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} sources</source>
        <translation>{n} fuentes</translation>
    </message>
    <message>
        <source>Checking the facility at {lon}, {lat} ...</source>
        <translation type="obsolete">Comprobando la instalación en {lon}, {lat} ...</translation>
    </message>
    <message>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. 100.5018, 13.7563.</source>
        <translation type="obsolete">Escriba el punto como longitud, latitud en grados WGS 84, p. ej. 100.5018, 13.7563.</translation>
    </message>
    <message>
        <source>{id} — score {score}, {level}</source>
        <translation type="obsolete">{id} — puntuación {score}, {level}</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Instalación comprobada en {lon}, {lat}: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source</source>
        <translation type="obsolete">{n} fuente de legalidad</translation>
    </message>
    <message>
        <source>{n} legality sources</source>
        <translation type="obsolete">{n} fuentes de legalidad</translation>
    </message>
    <message>
        <source>{n} check kept</source>
        <translation type="obsolete">{n} comprobación guardada</translation>
    </message>
    <message>
        <source>{n} checks kept</source>
        <translation type="obsolete">{n} comprobaciones guardadas</translation>
    </message>
    <message>
        <source>Checking the facility at {lon:.5f}, {lat:.5f} ...</source>
        <translation type="obsolete">Comprobando la instalación en {lon:.5f}, {lat:.5f} ...</translation>
    </message>
    <message>
        <source>Legality risk (Article 10): {level} ({score}); {n} source(s)</source>
        <translation type="obsolete">Riesgo de legalidad (artículo 10): {level} ({score}); fuentes: {n}</translation>
    </message>
    <message>
        <source>Legality sources (Article 10): not asked (tick &apos;Legality sources&apos; above).</source>
        <translation type="obsolete">Fuentes de legalidad (artículo 10): no solicitadas (marque «Fuentes de legalidad» arriba).</translation>
    </message>
</context>
<context>
    <name>FacilityChecks</name>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation>{point} está fuera de las coordenadas del mundo (longitud -180 a 180, latitud -90 a 90): pulse en tierra firme o escriba longitud, latitud en WGS 84.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation>{point} está en el mar (ningún país ahí en el mapa del mundo): una instalación está en tierra. Pulse en el emplazamiento de la instalación.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The map has no coordinate reference system: set the project&apos;s CRS first.</source>
        <translation>El mapa no tiene sistema de referencia de coordenadas: defina primero el SRC del proyecto.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>This point cannot be placed on the globe from {crs}: click inside the map&apos;s valid area.</source>
        <translation>Este punto no se puede situar en el globo desde {crs}: pulse dentro del área válida del mapa.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Facility checked at {point}: {level} ({score})</source>
        <translation>Instalación comprobada en {point}: {level} ({score})</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality source</source>
        <translation>{n} fuente de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality sources</source>
        <translation>{n} fuentes de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} check kept</source>
        <translation>{n} comprobación guardada</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} checks kept</source>
        <translation>{n} comprobaciones guardadas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The server answered without a result for {lon:.5f}, {lat:.5f}; nothing was kept.</source>
        <translation>El servidor respondió sin resultado para {lon:.5f}, {lat:.5f}; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities: legality sources</source>
        <translation>Instalaciones comprobadas: fuentes de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities</source>
        <translation>Instalaciones comprobadas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Legality sources of the checked facility</source>
        <translation>Fuentes de legalidad de la instalación comprobada</translation>
    </message>
    <message>
        <source>{lon}, {lat} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation type="obsolete">{lon}, {lat} está fuera de las coordenadas del mundo (longitud -180 a 180, latitud -90 a 90): pulse en tierra firme o escriba longitud, latitud en WGS 84.</translation>
    </message>
    <message>
        <source>{lon}, {lat} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon}, {lat} está en el mar (ningún país ahí en el mapa del mundo): una instalación está en tierra. Pulse en el emplazamiento de la instalación.</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Instalación comprobada en {lon}, {lat}: {level} ({score})</translation>
    </message>
    <message>
        <source>{lon:.5f}, {lat:.5f} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon:.5f}, {lat:.5f} está en el mar (ningún país ahí en el mapa del mundo): una instalación está en tierra. Pulse en el emplazamiento de la instalación.</translation>
    </message>
    <message>
        <source>Facility checked at {lon:.5f}, {lat:.5f}: {level} ({score})</source>
        <translation type="obsolete">Instalación comprobada en {lon:.5f}, {lat:.5f}: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source(s)</source>
        <translation type="obsolete">Fuentes de legalidad: {n}</translation>
    </message>
    <message>
        <source>{n} check(s) kept</source>
        <translation type="obsolete">Comprobaciones guardadas: {n}</translation>
    </message>
</context>
<context>
    <name>FacilitySources</name>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>Article 10 sources of {facility}:</source>
        <translation>Fuentes del artículo 10 de {facility}:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>No Article 10 source found for {facility}.</source>
        <translation>No se encontró ninguna fuente del artículo 10 para {facility}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>this facility</source>
        <translation>esta instalación</translation>
    </message>
</context>
<context>
    <name>FetchAssessments</name>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Fetch producer assessments</source>
        <translation>Cargar las evaluaciones de productores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) with the dashboard&apos;s verdicts: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a snapshot in the output GeoPackage, for compare_assessments.</source>
        <translation>Carga todas las evaluaciones por cuenca de abastecimiento y por parcela directa (stat_type=all, table_extension=eudr) con los veredictos del panel de control: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (AAAA-MM-DD) delimitan la deforestación contabilizada; el inicio por defecto es la fecha de corte del EUDR, 2020-12-31. Con KEEP_SNAPSHOT, la carga también se guarda como instantánea en el GeoPackage de salida, para compare_assessments.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Maximum rows</source>
        <translation>Número máximo de filas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Commodity filter</source>
        <translation>Filtro de materia prima</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Country filter</source>
        <translation>Filtro de país</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producer (company) filter</source>
        <translation>Filtro de productor (empresa)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Keep this load as a snapshot (for compare_assessments)</source>
        <translation>Guardar esta carga como instantánea (para compare_assessments)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producers per status</source>
        <translation>Productores por estado</translation>
    </message>
</context>
<context>
    <name>FetchPlots</name>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>{count} of {collection} written</source>
        <translation>Escrito: {count} de {collection}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>&apos;{producer}&apos; (collection {id}) has no plots: it is Not Assessable ({reason}), so Epoch checked none.</source>
        <translation>«{producer}» (colección {id}) no tiene parcelas: es No evaluable ({reason}), así que Epoch no comprobó ninguna.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Fetch plots of a collection (drill-down)</source>
        <translation>Cargar las parcelas de una colección (desglose)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Loads the plots of one assessed collection with their deforestation figures and a binary status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the reason in data_error, when the area is not a number). No more than LIMIT plots are read. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. A collection the server does not know, or a Not Assessable one without plots, is refused before anything is written.</source>
        <translation>Carga las parcelas de una colección evaluada con sus cifras de deforestación y un estado binario: No conforme por encima de 0,5 ha de pérdida posterior a 2020; si no, Conforme (Error de datos, con el motivo en data_error, cuando la superficie no es un número). No se leen más de LIMIT parcelas. MONITORING_START / MONITORING_END (AAAA-MM-DD) delimitan la deforestación contabilizada; el inicio por defecto es la fecha de corte del EUDR, 2020-12-31. Una colección que el servidor no conoce, o una No evaluable sin parcelas, se rechaza antes de escribir nada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Collection id</source>
        <translation>Id de la colección</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Maximum plots</source>
        <translation>Número máximo de parcelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
</context>
<context>
    <name>FieldAliases</name>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC Plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Article 10</source>
        <translation>Artículo 10</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status key</source>
        <translation>Clave de estado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk rank</source>
        <translation>Rango de riesgo</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Skip reason</source>
        <translation>Motivo de omisión</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Locations confidence</source>
        <translation>Confianza de ubicaciones</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area (ha)</source>
        <translation>Superficie NC (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area fraction</source>
        <translation>Fracción de superficie NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC rate</source>
        <translation>Tasa NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supply shed (ha)</source>
        <translation>Cuenca de abastecimiento (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Stat type</source>
        <translation>Tipo de estadística</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supplier ID</source>
        <translation>ID proveedor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility location</source>
        <translation>Ubicación de la instalación</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Metadata (JSON)</source>
        <translation>Metadatos (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data error</source>
        <translation>Error de datos</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU country risk</source>
        <translation>Riesgo país UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU check %</source>
        <translation>% controles UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss from</source>
        <translation>Pérdida desde</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss to</source>
        <translation>Pérdida hasta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion score</source>
        <translation>Puntuación de la segunda opinión</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country</source>
        <translation>2.ª opinión: país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss</source>
        <translation>2.ª opinión: pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert</source>
        <translation>2.ª opinión: alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert area</source>
        <translation>2.ª opinión: superficie de alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: uncertainty</source>
        <translation>2.ª opinión: incertidumbre</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss %</source>
        <translation>2.ª opinión: % pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert date</source>
        <translation>2.ª opinión: fecha de alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country code</source>
        <translation>2.ª opinión: código de país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country risk</source>
        <translation>2.ª opinión: riesgo país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country from</source>
        <translation>2.ª opinión: origen del país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: reasons</source>
        <translation>2.ª opinión: motivos</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Epoch and 2nd opinion disagree</source>
        <translation>Epoch y la 2.ª opinión discrepan</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility ID</source>
        <translation>ID instalación</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Comm. Presence</source>
        <translation>Pres. mat. prima</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>POI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Road</source>
        <translation>Carretera</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>High Density</source>
        <translation>Alta densidad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer Name</source>
        <translation>Nombre del productor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Deforestation (ha)</source>
        <translation>Deforestación (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed score</source>
        <translation>Puntuación recalculada</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed level</source>
        <translation>Nivel recalculado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No commodity presence</source>
        <translation>Penalización: sin presencia de la materia prima</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Low commodity presence</source>
        <translation>Penalización: poca presencia de la materia prima</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No POI nearby</source>
        <translation>Penalización: ningún PDI cerca</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No building presence</source>
        <translation>Penalización: sin edificios</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No road access</source>
        <translation>Penalización: sin acceso por carretera</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: High building density (urban)</source>
        <translation>Penalización: alta densidad de edificios (urbano)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Deforestation nearby</source>
        <translation>Penalización: deforestación cercana</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Source feature</source>
        <translation>Entidad de origen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Protected area</source>
        <translation>Zona protegida</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Checked at (UTC)</source>
        <translation>Comprobado el (UTC)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity radius (m)</source>
        <translation>Radio de la materia prima (m)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Options sent (JSON)</source>
        <translation>Opciones enviadas (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk score</source>
        <translation>Puntuación de riesgo de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk</source>
        <translation>Riesgo de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality summary</source>
        <translation>Resumen de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality sources</source>
        <translation>Fuentes de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Safe link</source>
        <translation>Enlace seguro</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Relevance</source>
        <translation>Pertinencia</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk signal</source>
        <translation>Señal de riesgo</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Sandbox data</source>
        <translation>Datos del entorno de pruebas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Non-compliant area (ha)</source>
        <translation>Superficie no conforme (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Location type</source>
        <translation>Tipo de ubicación</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot index</source>
        <translation>Índice de la parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area source</source>
        <translation>Origen de la superficie</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data note</source>
        <translation>Nota sobre los datos</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>The declared commodity</source>
        <translation>La materia prima declarada</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Another crop</source>
        <translation>Otro cultivo</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Forest</source>
        <translation>Bosque</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Recently cleared (stumps, burning)</source>
        <translation>Desbroce reciente (tocones, quemas)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Regrowth / fallow</source>
        <translation>Rebrote / barbecho</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Pasture or grassland</source>
        <translation>Pasto o pradera</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Buildings or roads</source>
        <translation>Edificios o carreteras</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not reach the plot</source>
        <translation>No se pudo llegar a la parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Other (see notes)</source>
        <translation>Otro (ver notas)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Unsure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch plot ID</source>
        <translation>ID de parcela de Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot UUID</source>
        <translation>UUID de la parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Why visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch status</source>
        <translation>Estado Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforested after 2020 (ha)</source>
        <translation>Deforestado después de 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert from</source>
        <translation>Alerta desde</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert to</source>
        <translation>Alerta hasta</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Observed land use</source>
        <translation>Uso del suelo observado</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforestation seen</source>
        <translation>Deforestación observada</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch EUDR field checks</source>
        <translation>Controles de campo Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Field checks (plots to visit)</source>
        <translation>Controles de campo (parcelas que visitar)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>All plots</source>
        <translation>Todas las parcelas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Assessment outlines</source>
        <translation>Contornos de las evaluaciones</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not write the QField project {file}: {error}</source>
        <translation>No se pudo escribir el proyecto QField {file}: {error}</translation>
    </message>
    <message>
        <source>Supply-shed outlines</source>
        <translation type="obsolete">Contornos de cuencas de abastecimiento</translation>
    </message>
    <message>
        <source>Could not build the style of &apos;{layer}&apos;: {error}</source>
        <translation type="obsolete">No se pudo crear el estilo de «{layer}»: {error}</translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessment to report on</source>
        <translation>Evaluaciones de productores para el informe: {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessments to report on</source>
        <translation>Evaluaciones de productores para el informe: {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} is not a valid expression: {error}.</source>
        <translation>FILTER {expression} no es una expresión válida: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} names {missing}, which &apos;{layer}&apos; does not have. Its fields: {fields}.</source>
        <translation>FILTER {expression} menciona {missing}, que «{layer}» no tiene. Sus campos: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report (PDF) and QField copy</source>
        <translation>Informe de campo (PDF) y copia para QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>A PDF for a field team, built with a print layout and an atlas: one section per producer assessment (the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each section has a map of the plots coloured by Epoch&apos;s status with the supply-shed outline, the facility, a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works offline); a legend with the counts; the producer&apos;s status, EU country risk, Article 10 risk, assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, alert dates and the centroid&apos;s latitude and longitude (6 decimals), numbered as on the map. Pages are numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock&apos;s results file, fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, that folder also gets &lt;name&gt;.gpkg (the report&apos;s layers and a field_checks layer of the plots to visit, with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and &lt;name&gt;.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier field_checks there is kept.</source>
        <translation>Un PDF para un equipo de campo, creado con una composición de impresión y un atlas: una sección por evaluación de productor (las filas de ASSESSMENTS: solo las seleccionadas y/o las que conserva FILTER), empezando por el estado más grave. Cada sección tiene un mapa de las parcelas coloreadas según el estado de Epoch con el contorno de la cuenca de abastecimiento, la instalación, una barra de escala, una flecha de norte, una cuadrícula en grados y un mapa de localización del país (sin mapa base: funciona sin conexión); una leyenda con los recuentos; el estado del productor, el riesgo país de la UE, el riesgo del artículo 10, la fecha de evaluación y la fuente de datos (se indica que los datos del entorno de pruebas son sintéticos); y una tabla de las parcelas que visitar (No conformes según Epoch, o no Conformes en la segunda opinión) con la superficie, las hectáreas deforestadas, las fechas de alerta y la latitud y longitud del centroide (6 decimales), numeradas como en el mapa. Las páginas van numeradas. Las parcelas proceden de DRILLDOWNS (un GeoPackage con desgloses: el archivo de resultados del panel, salidas de fetch_plots) cuando los contiene; si no, del servidor (SERVER, AUTHCFG). Con OUTPUT_FOLDER, esa carpeta recibe además &lt;name&gt;.gpkg (las capas del informe y una capa field_checks de las parcelas que visitar, con widgets de edición para la fecha de la visita, el uso del suelo observado, la deforestación observada, la foto y las notas) y &lt;name&gt;.qgz, que lo abre mediante una ruta relativa, listo para QFieldSync; se conserva lo que se rellenó en una capa field_checks anterior de esa carpeta.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer assessments</source>
        <translation>Evaluaciones de productores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Selected producers only</source>
        <translation>Solo los productores seleccionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Only the producers this expression keeps</source>
        <translation>Solo los productores que conserva esta expresión</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>GeoPackage with saved drill-downs (read offline)</source>
        <translation>GeoPackage con desgloses guardados (lectura sin conexión)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Maximum plots per producer fetched</source>
        <translation>Número máximo de parcelas descargadas por productor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report</source>
        <translation>Informe de campo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField copy (folder)</source>
        <translation>Copia para QField (carpeta)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField project</source>
        <translation>Proyecto QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer sections</source>
        <translation>Secciones de productores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Plots to visit</source>
        <translation>Parcelas que visitar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>No assessments layer.</source>
        <translation>No hay capa de evaluaciones.</translation>
    </message>
    <message>
        <source>{n} producer assessment(s) to report on</source>
        <translation type="obsolete">{n} evaluación(es) de productores para el informe</translation>
    </message>
</context>
<context>
    <name>GeoPackageWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Cannot write in {folder}: {error}. Choose another folder.</source>
        <translation>No se puede escribir en {folder}: {error}. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>The disk holding {folder} ({disk}) is full ({free} free): {file} was left as it was. Free some space there or choose a folder on another disk, then run again.</source>
        <translation>El disco de {folder} ({disk}) está lleno ({free} libres): {file} se dejó como estaba. Libere espacio allí o elija una carpeta en otro disco y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program; it is open in {programs}. Close it there (or save or discard its edits), then run again: the file was left as it was.</source>
        <translation>{file} está bloqueado por otro programa; está abierto en {programs}. Ciérrelo allí (o guarde o descarte sus cambios) y vuelva a ejecutar: el archivo se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program: close it there and run again.</source>
        <translation>{file} está bloqueado por otro programa: ciérrelo allí y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Could not write layer &apos;{layer}&apos; to {file}: {error}</source>
        <translation>No se pudo escribir la capa «{layer}» en {file}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{program} (process {pid})</source>
        <translation>{program} (proceso {pid})</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>this QGIS (process {pid})</source>
        <translation>este QGIS (proceso {pid})</translation>
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
        <translation>Elija el archivo CSV o XLSX de direcciones que geocodificar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: geocoding takes a CSV or XLSX file of addresses (one row per facility); this file is neither.</source>
        <translation>{name}: la geocodificación usa un archivo CSV o XLSX de direcciones (una fila por instalación); este archivo no es ninguno de los dos.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: the file does not exist (moved or deleted?).</source>
        <translation>{name}: el archivo no existe (¿movido o eliminado?).</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server&apos;s answer left it out</source>
        <translation>la respuesta del servidor la omitió</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server says: “{reason}”</source>
        <translation>el servidor indica: «{reason}»</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>no place found</source>
        <translation>no se encontró ningún lugar</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row} ({name}): {why}</source>
        <translation>fila {row} ({name}): {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row}: {why}</source>
        <translation>fila {row}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more row (see the layer&apos;s preview_status column)</source>
        <translation>y {n} fila más (vea la columna preview_status de la capa)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more rows (see the layer&apos;s preview_status column)</source>
        <translation>y {n} filas más (vea la columna preview_status de la capa)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. This row is in the layer without a point: fix its address in the file and preview again, or place it by hand.</source>
        <translation>No geocodificada: {rows}. Esta fila está en la capa sin punto: corrija su dirección en el archivo y vuelva a previsualizar, o colóquela a mano.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. These rows are in the layer without a point: fix their address in the file and preview again, or place them by hand.</source>
        <translation>No geocodificadas: {rows}. Estas filas están en la capa sin punto: corrija su dirección en el archivo y vuelva a previsualizar, o colóquelas a mano.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} row geocoded: check the point (move it if it is wrong) before screening this layer.</source>
        <translation>{placed} de {total} fila geocodificada: compruebe el punto (muévalo si está mal) antes de analizar esta capa.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} rows geocoded: check the points (move any that is wrong) before screening this layer.</source>
        <translation>{placed} de {total} filas geocodificadas: compruebe los puntos (mueva los que estén mal) antes de analizar esta capa.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>placed</source>
        <translation>ubicada</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>not placed</source>
        <translation>no ubicada</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding</source>
        <translation>Geocodificación</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Row in the file</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding note</source>
        <translation>Nota de geocodificación</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoded: {file}</source>
        <translation>Geocodificado: {file}</translation>
    </message>
    <message>
        <source>the server says: {reason}</source>
        <translation type="obsolete">el servidor indica: {reason}</translation>
    </message>
    <message>
        <source>and {n} more (see the layer&apos;s preview_status column)</source>
        <translation type="obsolete">y {n} más (vea la columna preview_status de la capa)</translation>
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
        <translation>«{name}» como «{column}»</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{names} and {n} more</source>
        <translation>{names} y {n} más</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property name renamed for the GeoPackage: {names}</source>
        <translation>{n} nombre de propiedad renombrado para el GeoPackage: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property names renamed for the GeoPackage: {names}</source>
        <translation>{n} nombres de propiedad renombrados para el GeoPackage: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property name not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nombre de propiedad más no conservado (una capa tiene como máximo {limit} columnas)</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property names not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nombres de propiedad más no conservados (una capa tiene como máximo {limit} columnas)</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>log in to check the submitted jobs</source>
        <translation>inicie sesión para comprobar los trabajos enviados</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Checking submitted collections</source>
        <translation>Comprobando las colecciones enviadas</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Load assessments</source>
        <translation>Cargar evaluaciones</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {name} are ready.</source>
        <translation>Los resultados de {name} están listos.</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collection</source>
        <translation>{names} y {n} colección más</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collections</source>
        <translation>{names} y {n} colecciones más</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {count} collections are ready: {names}.</source>
        <translation>Los resultados de {count} colecciones están listos: {names}.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="obsolete">{names} y {n} más</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it was cut short</source>
        <translation>está truncado</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not a list of jobs</source>
        <translation>no es una lista de trabajos</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>some records are unreadable</source>
        <translation>algunos registros no se pueden leer</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job still readable in it.</source>
        <translation>El archivo de trabajos enviados no se pudo leer entero ({why}): se conservó como {kept} y se empezó una lista nueva con los trabajos que aún se podían leer ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} jobs still readable in it.</source>
        <translation>El archivo de trabajos enviados no se pudo leer entero ({why}): se conservó como {kept} y se empezó una lista nueva con los trabajos que aún se podían leer ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>Cannot save the submitted jobs in {path}: {reason}</source>
        <translation>No se pueden guardar los trabajos enviados en {path}: {reason}</translation>
    </message>
    <message>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job(s) still readable in it.</source>
        <translation type="obsolete">El archivo de trabajos enviados no se pudo leer entero ({why}): se conservó como {kept} y se empezó una lista nueva con los trabajos que aún se podían leer ({n}).</translation>
    </message>
</context>
<context>
    <name>LayerFeatures</name>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>Cannot open the layer {layer} of {path}: load it again.</source>
        <translation>No se puede abrir la capa {layer} de {path}: cárguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>The filter of {layer} cannot be read ({error}): clear it and try again.</source>
        <translation>No se puede leer el filtro de {layer} ({error}): bórrelo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LayerJoin</name>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>These results have no source feature ids; screen the layer again to join them.</source>
        <translation>Estos resultados no tienen ids de entidad de origen; vuelva a analizar la capa para unirlos.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to add the feature id field to &apos;{layer}&apos;.</source>
        <translation>QGIS rechazó añadir el campo de id de entidad a «{layer}».</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>{layer} (joined)</source>
        <translation>{layer} (unión)</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS could not open the results of &apos;{layer}&apos; again to join them.</source>
        <translation>QGIS no pudo volver a abrir los resultados de «{layer}» para unirlos.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to join the results to &apos;{layer}&apos;.</source>
        <translation>QGIS rechazó unir los resultados a «{layer}».</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>Could not read the fields {fields} of &apos;{layer}&apos; ({path}) with GDAL; nothing was written.</source>
        <translation>No se pudieron leer los campos {fields} de «{layer}» ({path}) con GDAL; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>LayerPreflight</name>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} feature written fixed (checked again: {after})</source>
        <translation>; {n} entidad escrita corregida (comprobada de nuevo: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} features written fixed (checked again: {after})</source>
        <translation>; entidades escritas corregidas: {n} (comprobadas de nuevo: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> (most frequent: {codes})</source>
        <translation> (más frecuentes: {codes})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{errors}, {warnings}, {ok}</source>
        <translation>{errors}, {warnings}, {ok}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} error</source>
        <translation>{n} con errores</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} errors</source>
        <translation>{n} con errores</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warning</source>
        <translation>{n} con advertencias</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warnings</source>
        <translation>{n} con advertencias</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature OK</source>
        <translation>{n} entidad sin problemas</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features OK</source>
        <translation>{n} entidades sin problemas</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table without geometry: the check before upload tests plot and facility geometries against the EU rules, so there is nothing to check. Open the file with its coordinate columns as points (Layer &gt; Add Layer &gt; Add Delimited Text Layer, X and Y fields), or screen the table as facility addresses to geocode.</source>
        <translation>«{layer}» es una tabla sin geometría: la comprobación antes del envío verifica las geometrías de parcelas e instalaciones según las reglas de la UE, así que no hay nada que comprobar. Abra el archivo con sus columnas de coordenadas como puntos (Capa &gt; Añadir capa &gt; Añadir capa de texto delimitado, campos X e Y), o analice la tabla como direcciones de instalaciones que geocodificar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: give both the latitude and the longitude column (columns: {fields}){unknown}.</source>
        <translation>«{layer}»: indique tanto la columna de latitud como la de longitud (columnas: {fields}){unknown}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; no column {name}</source>
        <translation>; no hay columna {name}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its columns {columns} may hold the coordinates, but which are the latitude and the longitude is not clear: choose them (LATITUDE_FIELD and LONGITUDE_FIELD in Processing).</source>
        <translation>«{layer}» es una tabla: sus columnas {columns} pueden contener las coordenadas, pero no está claro cuál es la latitud y cuál la longitud: elíjalas (LATITUDE_FIELD y LONGITUDE_FIELD en Procesado).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its rows are read as points, latitude from &apos;{lat}&apos; and longitude from &apos;{lon}&apos; (decimal degrees, EPSG:4326).</source>
        <translation>«{layer}» es una tabla: sus filas se leen como puntos, la latitud de «{lat}» y la longitud de «{lon}» (grados decimales, EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Fixed: {layer}</source>
        <translation>Corregido: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Preflight: {layer}</source>
        <translation>Comprobación previa: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature; {why}</source>
        <translation>{n} entidad; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features; {why}</source>
        <translation>{n} entidades; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>no feature</source>
        <translation>ninguna entidad</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; has no point or polygon to check ({detail}): give the features their plot polygons or points, and check again.</source>
        <translation>«{layer}» no tiene ningún punto ni polígono que comprobar ({detail}): asigne a las entidades los polígonos o puntos de sus parcelas y vuelva a comprobar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (points)</source>
        <translation>{title} (puntos)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (polygons)</source>
        <translation>{title} (polígonos)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{feature}: {errors}</source>
        <translation>{feature}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} feature has errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export it as it is.</source>
        <translation>«{layer}»: {n} entidad tiene errores que el sistema de la UE rechaza, así que no se escribió ningún archivo: {features}{more}. Ejecute la comprobación previa con FIX y exporte la capa corregida, o active INCLUDE_ERRORS para exportarla tal como está.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} features have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation>«{layer}»: {n} entidades tienen errores que el sistema de la UE rechaza, así que no se escribió ningún archivo: {features}{more}. Ejecute la comprobación previa con FIX y exporte la capa corregida, o active INCLUDE_ERRORS para exportarlas tal como están.</translation>
    </message>
    <message>
        <source>{n} ok</source>
        <translation type="obsolete">{n} sin problemas</translation>
    </message>
    <message>
        <source>{n} feature(s); {why}</source>
        <translation type="obsolete">{n} entidad(es); {why}</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos;: {n} feature(s) have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation type="obsolete">«{layer}»: entidades con errores que el sistema de la UE rechaza: {n}; no se escribió ningún archivo: {features}{more}. Ejecute la comprobación previa con FIX y exporte la capa corregida, o active INCLUDE_ERRORS para exportarlas tal como están.</translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>feature {fid}: {why}</source>
        <translation>entidad {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} feature not sent ({shown}{more})</source>
        <translation>{n} entidad no enviada ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} features not sent ({shown}{more})</source>
        <translation>{n} entidades no enviadas ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (addresses)</source>
        <translation>instalaciones (direcciones)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>no geometries (choose plots or facilities)</source>
        <translation>sin geometrías (elija parcelas o instalaciones)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (polygons)</source>
        <translation>parcelas (polígonos)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (points)</source>
        <translation>parcelas (puntos)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (points)</source>
        <translation>instalaciones (puntos)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>lines (cannot be screened)</source>
        <translation>líneas (no se pueden analizar)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>mixed geometries (choose plots or facilities)</source>
        <translation>geometrías mixtas (elija parcelas o instalaciones)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds lines: only points (facilities) or polygons (plots) can be screened, and points with their Area in hectares as plots of up to 4 ha. Convert the layer first, e.g. polygons from closed lines.</source>
        <translation>«{layer}» contiene líneas: solo se pueden analizar puntos (instalaciones) o polígonos (parcelas), y puntos con su Area en hectáreas como parcelas de hasta 4 ha. Convierta primero la capa, p. ej. en polígonos a partir de líneas cerradas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds polygons, which are plots, but the location type is facility: change one of them.</source>
        <translation>«{layer}» contiene polígonos, que son parcelas, pero el tipo de ubicación es instalación: cambie uno de los dos.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Set it in Layer Properties &gt; Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in</source>
        <translation>Defínalo en Propiedades de la capa &gt; Fuente (Sistema de referencia de coordenadas asignado), p. ej. EPSG:4326 cuando las coordenadas son longitudes y latitudes en grados, o el SRC proyectado en el que se midieron</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth and would be sent as if they were degrees. {where}.</source>
        <translation>«{layer}» no tiene sistema de referencia de coordenadas (SRC), por lo que sus coordenadas no se pueden situar sobre la Tierra y se enviarían como si fueran grados. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>a local CRS</source>
        <translation>un SRC local</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; uses &apos;{crs}&apos;, a local (engineering) CRS that is not tied to the Earth: its coordinates cannot be converted to longitude/latitude. {where}.</source>
        <translation>«{layer}» usa «{crs}», un SRC local (de ingeniería) que no está ligado a la Tierra: sus coordenadas no se pueden convertir a longitud/latitud. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and open it again.</source>
        <translation>«{layer}» ({file}) es texto UTF-16, que QGIS lee como un CSV dañado: {save_as}, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is {encoding} text: read as {encoding}, not as {current}</source>
        <translation>«{layer}» ({file}) es texto {encoding}: leído como {encoding}, no como {current}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Pick a valid vector layer to screen.</source>
        <translation>Elija una capa vectorial válida para analizar.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>No feature chosen: tick rows in the results table or select features on the map.</source>
        <translation>No se eligió ninguna entidad: marque filas en la tabla de resultados o seleccione entidades en el mapa.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no selected features: select some, or untick &apos;Selected features only&apos;.</source>
        <translation>«{layer}» no tiene entidades seleccionadas: seleccione algunas o desmarque «Solo las entidades seleccionadas».</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL recognises no vector format in it</source>
        <translation>GDAL no reconoce en él ningún formato vectorial</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL opens it, but QGIS finds no layer in it</source>
        <translation>GDAL lo abre, pero QGIS no encuentra en él ninguna capa</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} feature and it has no geometry (its &quot;geometry&quot; is null): the file holds no location to check or screen. Give the feature its point or polygon (the plot drawn, or the facility&apos;s coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>«{layer}» tiene {n} entidad y no tiene geometría (su «geometry» es null): el archivo no contiene ninguna ubicación que comprobar o analizar. Asigne a la entidad su punto o polígono (la parcela dibujada o las coordenadas de la instalación); una tabla de direcciones que geocodificar se envía como archivo CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} features and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>«{layer}» tiene {n} entidades y ninguna tiene geometría (todas las «geometry» son null): el archivo no contiene ninguna ubicación que comprobar o analizar. Asigne a las entidades sus puntos o polígonos (las parcelas dibujadas o las coordenadas de las instalaciones); una tabla de direcciones que geocodificar se envía como archivo CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Give the features their points or polygons; a table of addresses to geocode goes as a CSV or XLSX file without a geometry column.</source>
        <translation>Asigne a las entidades sus puntos o polígonos; una tabla de direcciones que geocodificar se envía como archivo CSV o XLSX sin columna de geometría.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry: {why}.</source>
        <translation>«{layer}» no tiene ninguna entidad con una geometría utilizable: {why}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry.</source>
        <translation>«{layer}» no tiene ninguna entidad con una geometría utilizable.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no rows to send.</source>
        <translation>«{layer}» no tiene filas que enviar.</translation>
    </message>
    <message>
        <source>{n} feature(s) not sent ({shown}{more})</source>
        <translation type="obsolete">{n} entidad(es) no enviada(s) ({shown}{more})</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {n} feature(s) and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation type="obsolete">«{layer}» tiene {n} entidad(es) y ninguna tiene geometría (todas las «geometry» son null): el archivo no contiene ninguna ubicación que comprobar o analizar. Asigne a las entidades sus puntos o polígonos (las parcelas dibujadas o las coordenadas de las instalaciones); una tabla de direcciones que geocodificar se envía como archivo CSV o XLSX.</translation>
    </message>
</context>
<context>
    <name>LegalityWords</name>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>this facility</source>
        <translation>esta instalación</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>labour</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>deforestation</source>
        <translation>deforestación</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>forest degradation</source>
        <translation>degradación forestal</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>land rights</source>
        <translation>derechos sobre la tierra</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>indigenous peoples</source>
        <translation>pueblos indígenas</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental violation</source>
        <translation>infracción ambiental</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental law</source>
        <translation>derecho ambiental</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>human rights</source>
        <translation>derechos humanos</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>corruption</source>
        <translation>corrupción</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>governance</source>
        <translation>gobernanza</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>sanctions</source>
        <translation>sanciones</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>enforcement</source>
        <translation>aplicación de la ley</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain integrity</source>
        <translation>integridad de la cadena de suministro</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain</source>
        <translation>cadena de suministro</translation>
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
        <translation> ({share} % controlado)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>EU country risk</source>
        <translation>Riesgo país UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data error</source>
        <translation>Error de datos</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data note</source>
        <translation>Nota sobre los datos</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Article 10</source>
        <translation>Artículo 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>high-risk country ({share} %)</source>
        <translation>país de riesgo alto ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>standard-risk country ({share} %)</source>
        <translation>país de riesgo estándar ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>low-risk country ({share} %)</source>
        <translation>país de riesgo bajo ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Check sample #{order}</source>
        <translation>Muestra de control n.º {order}</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>unknown country, checked as standard ({share} %)</source>
        <translation>país desconocido, controlado como estándar ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>random pick (seed {seed}); </source>
        <translation>elección al azar (semilla {seed}); </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plot in all</source>
        <translation>el productor, todas sus evaluaciones: {status} en el peor caso, {plots} parcela NC en total</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plots in all</source>
        <translation>el productor, todas sus evaluaciones: {status} en el peor caso, {plots} parcelas NC en total</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>, up to {percent} % of an assessment&apos;s area non-compliant</source>
        <translation>, hasta el {percent} % de la superficie de una evaluación no conforme</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producer</source>
        <translation>puesto {position} de {required} que controlar entre {population} productor</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producers</source>
        <translation>puesto {position} de {required} que controlar entre {population} productores</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforested (ha)</source>
        <translation>Deforestado (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (puntuación {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Its parts</source>
        <translation>Sus componentes</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity presence</source>
        <translation>Presencia de la materia prima</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>POI nearby</source>
        <translation>PDI cercano</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Building presence</source>
        <translation>Presencia de edificios</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Road access</source>
        <translation>Acceso por carretera</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>High building density (urban)</source>
        <translation>Alta densidad de edificios (urbano)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforestation nearby (ha)</source>
        <translation>Deforestación cercana (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{value} (penalty {penalty})</source>
        <translation>{value} (penalización {penalty})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality risk</source>
        <translation>Riesgo de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality summary</source>
        <translation>Resumen de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>no problem found</source>
        <translation>ningún problema encontrado</translation>
    </message>
    <message>
        <source>; {position} of {required} to check among {population} producer(s)</source>
        <translation type="obsolete">; puesto {position} de {required} que controlar entre {population} productor(es)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="obsolete">correcto</translation>
    </message>
</context>
<context>
    <name>MonitoringWindow</name>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring from (YYYY-MM-DD)</source>
        <translation>Seguimiento desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off date: forest lost after it makes a product non-compliant. Empty: the server&apos;s default.</source>
        <translation>Primer día del período de seguimiento, AAAA-MM-DD. Por defecto {cutoff}, la fecha de corte del EUDR: la pérdida de bosque posterior a esa fecha hace que un producto no sea conforme. Vacío: el valor por defecto del servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation>Seguimiento hasta (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data.</source>
        <translation>Último día del período de seguimiento, AAAA-MM-DD. Vacío: hasta los datos más recientes.</translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>split it with Vector &gt; Geometry Tools &gt; Multipart to Singleparts</source>
        <translation>divídala con Vectorial &gt; Herramientas de geometría &gt; De multiparte a monoparte</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>no geometry</source>
        <translation>sin geometría</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>empty geometry</source>
        <translation>geometría vacía</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a line: only points and polygons can be screened</source>
        <translation>una línea: solo se pueden analizar puntos y polígonos</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>an empty geometry collection</source>
        <translation>una colección de geometrías vacía</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection holding lines: only points and polygons can be screened ({hint})</source>
        <translation>una colección de geometrías que contiene líneas: solo se pueden analizar puntos y polígonos ({hint})</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection mixing points and polygons: {hint}, then screen each kind</source>
        <translation>una colección de geometrías que mezcla puntos y polígonos: {hint}, y luego analice cada tipo</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a polygon: facilities are points (screen polygons as plots)</source>
        <translation>un polígono: las instalaciones son puntos (analice los polígonos como parcelas)</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>cannot be reprojected to EPSG:4326 ({error})</source>
        <translation>no se puede reproyectar a EPSG:4326 ({error})</translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithms</name>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>ProducerName from the field &apos;{field}&apos; (PRODUCER_NAME_FIELD chooses another).</source>
        <translation>ProducerName del campo «{field}» (PRODUCER_NAME_FIELD elige otro).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature without geometry left out: {ids}.</source>
        <translation>Entidades sin geometría omitidas: {n} ({ids}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features without geometry left out: {ids}.</source>
        <translation>Entidades sin geometría omitidas: {n} ({ids}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>or run the preflight with FIX, which sets it from each plot&apos;s location, and export the fixed layer</source>
        <translation>o ejecute la comprobación previa con FIX, que lo rellena a partir de la ubicación de cada parcela, y exporte la capa corregida</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}): its field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>Entidades escritas sin ProducerCountry: {n} (entidad {fid}): su campo «{field}» está vacío; rellénelo con el código de país de dos letras, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>Entidades escritas sin ProducerCountry: {n} (la primera: entidad {fid}): su campo «{field}» está vacío; rellénelo con el código de país de dos letras, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>Entidades escritas sin ProducerCountry: {n} (entidad {fid}); la UE lo exige en cada entidad: asigne el campo que contiene el código de país de dos letras con COUNTRY_FIELD (p. ej. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>Entidades escritas sin ProducerCountry: {n} (la primera: entidad {fid}); la UE lo exige en cada entidad: asigne el campo que contiene el código de país de dos letras con COUNTRY_FIELD (p. ej. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation>Comprobaciones sin conexión</translation>
    </message>
    <message>
        <source>{n} feature(s) without geometry left out: {ids}.</source>
        <translation type="obsolete">Entidades sin geometría omitidas: {n} ({ids}).</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation type="obsolete">Entidades escritas sin ProducerCountry: {n} (la primera: entidad {fid}): su campo «{field}» está vacío; rellénelo con el código de país de dos letras, {fix}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation type="obsolete">Entidades escritas sin ProducerCountry: {n} (la primera: entidad {fid}); la UE lo exige en cada entidad: asigne el campo que contiene el código de país de dos letras con COUNTRY_FIELD (p. ej. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened: there is no such file.</source>
        <translation>No se pudo abrir «{file}»: ese archivo no existe.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened ({reason}). The file may be cut short or damaged: export it again from where it came from.</source>
        <translation>No se pudo abrir «{file}» ({reason}). Puede que el archivo esté truncado o dañado: vuelva a exportarlo desde su origen.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer named &apos;{layer}&apos;. Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; no contiene ninguna capa llamada &apos;{layer}&apos;. Sus capas: {layers}. Indique una de ellas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer number {layer} (numbered from 0). Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; no contiene ninguna capa número {layer} (numeradas desde 0). Sus capas: {layers}. Indique una de ellas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>none</source>
        <translation>ninguna</translation>
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
        <translation>{rows} con un número que no lo es, por tanto {verdict} (vea la columna data_error): {examples}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>no snapshot kept for Changes since... ({reason})</source>
        <translation>no se guardó ninguna instantánea para Cambios desde... ({reason})</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../plugin.py"/>
        <source>Show or hide the Epoch EUDR Screening panel</source>
        <translation>Mostrar u ocultar el panel Epoch EUDR Screening</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here</source>
        <translation>Comprobar una instalación aquí</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here: click a point on the map, Epoch validates it as a facility (the Screening tab shows the answer)</source>
        <translation>Comprobar una instalación aquí: pulse un punto del mapa, Epoch lo valida como instalación (la pestaña Análisis muestra la respuesta)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight: EU geolocation rules (offline)</source>
        <translation>Comprobación previa: reglas de geolocalización de la UE (sin conexión)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Checks every feature against the EU Information System&apos;s geolocation rules and the seed 001 facility tables, without any network: issues (codes), severity (error blocks an EU upload, warning does not), messages, geodesic area and country. Plots are polygons or points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given with its Area in hectares; a polygon&apos;s Area that clearly differs from the polygon drawn is a warning. A table (CSV, XLSX) is read as points from its latitude and longitude columns, recognised by their names or given as LATITUDE_FIELD and LONGITUDE_FIELD. Points and polygons (a GeometryCollection of both included) are written to two layers (OUTPUT and OTHER_OUTPUT). FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric Area), lists what changed, and checks and draws them again. The input layer is never modified.</source>
        <translation>Comprueba cada entidad según las reglas de geolocalización del sistema de información de la UE y las tablas de instalaciones seed 001, sin conexión de red: problemas (códigos), gravedad (un error bloquea el envío a la UE, una advertencia no), mensajes, superficie geodésica y país. Las parcelas son polígonos o puntos: un punto representa una parcela de 4 ha como máximo (salvo los establecimientos de ganado bovino) indicada con su Area en hectáreas; un Area de polígono claramente distinta del polígono dibujado es una advertencia. Una tabla (CSV, XLSX) se lee como puntos a partir de sus columnas de latitud y longitud, reconocidas por su nombre o indicadas con LATITUDE_FIELD y LONGITUDE_FIELD. Los puntos y los polígonos (incluida una GeometryCollection de ambos) se escriben en dos capas (OUTPUT y OTHER_OUTPUT). FIX escribe copias reparadas (make valid, 2D, 6 decimales, huecos divididos, un polígono por entidad, ProducerCountry, Area numérica), enumera lo que cambió y las vuelve a comprobar y dibujar. La capa de entrada nunca se modifica.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots or facilities</source>
        <translation>Parcelas o instalaciones</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Write fixed features</source>
        <translation>Escribir las entidades corregidas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area for points without one (ha)</source>
        <translation>Superficie para los puntos sin ella (ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Latitude column (a table without geometry)</source>
        <translation>Columna de latitud (tabla sin geometría)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Longitude column (a table without geometry)</source>
        <translation>Columna de longitud (tabla sin geometría)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight results</source>
        <translation>Resultados de la comprobación previa</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points beside the polygons (or polygons beside the points)</source>
        <translation>Puntos junto a los polígonos (o polígonos junto a los puntos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points and polygons are in two layers: {first} and {second}.</source>
        <translation>Los puntos y los polígonos están en dos capas: {first} y {second}.</translation>
    </message>
</context>
<context>
    <name>PreflightBox</name>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Before upload: EU rules, offline</source>
        <translation>Antes del envío: reglas UE, sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Apply fixes to a new layer</source>
        <translation>Corregir en una capa nueva</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Export EU-ready GeoJSON</source>
        <translation>Exportar GeoJSON UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Write the checked layer (or its fixed copy, after Apply fixes) as the GeoJSON files the EU Information System takes (Processing: Export EU-ready GeoJSON (TRACES)); refused while a feature has errors.</source>
        <translation>Escribe la capa comprobada (o su copia corregida, tras «Corregir en una capa nueva») en los archivos GeoJSON que admite el sistema de información de la UE (Procesado: Exportar GeoJSON listo para la UE (TRACES)); se rechaza mientras alguna entidad tenga errores.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Click an issue to select and zoom to the features that have it.</source>
        <translation>Pulse un problema para seleccionar las entidades afectadas y acercarse a ellas.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Choose a layer to check.</source>
        <translation>Elija una capa para comprobar.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Fixing {layer}</source>
        <translation>Corrigiendo {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checking {layer}</source>
        <translation>Comprobando {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Coordinates of {layer}</source>
        <translation>Coordenadas de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the latitude (decimal degrees):</source>
        <translation>Columna con la latitud (grados decimales):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the longitude (decimal degrees):</source>
        <translation>Columna con la longitud (grados decimales):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>The fixed copy, checked again:</source>
        <translation>La copia corregida, comprobada de nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No feature would be refused by the EU system; {n} with warnings: see the list.</source>
        <translation>El sistema de la UE no rechazaría ninguna entidad; {n} con advertencias: vea la lista.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No issue found: ready for an EU upload.</source>
        <translation>Ningún problema: listo para el envío a la UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{issue} ({severity})</source>
        <translation>{issue} ({severity})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Code {code} ({severity}): click to select and zoom to these features.</source>
        <translation>Código {code} ({severity}): pulse para seleccionar estas entidades y acercarse a ellas.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} feature written fixed to a new layer.</source>
        <translation>{n} entidad escrita corregida en una capa nueva.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} features written fixed to a new layer.</source>
        <translation>{n} entidades corregidas escritas en una capa nueva.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checked again: none would be refused by the EU system.</source>
        <translation>Comprobadas de nuevo: el sistema de la UE no rechazaría ninguna.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check a layer first: the export writes the checked layer, or its fixed copy.</source>
        <translation>Compruebe primero una capa: la exportación escribe la capa comprobada o su copia corregida.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Folder for the EU GeoJSON files</source>
        <translation>Carpeta para los archivos GeoJSON de la UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Exporting EU-ready GeoJSON of {layer}</source>
        <translation>Exportando el GeoJSON para la UE de {layer}</translation>
    </message>
    <message>
        <source>Check before upload (offline, EU geolocation rules)</source>
        <translation type="obsolete">Control previo (sin conexión, geolocalización UE)</translation>
    </message>
</context>
<context>
    <name>PreflightExport</name>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>1 EU GeoJSON file written to {folder}: {file}</source>
        <translation>1 archivo GeoJSON de la UE escrito en {folder}: {file}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>{n} EU GeoJSON files written to {folder}: {files}</source>
        <translation>{n} archivos GeoJSON de la UE escritos en {folder}: {files}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>Cannot open the checked layer ({source}): check it again.</source>
        <translation>No se puede abrir la capa comprobada ({source}): vuelva a comprobarla.</translation>
    </message>
    <message>
        <source>The export failed: see the Processing log.</source>
        <translation type="obsolete">La exportación falló: consulte el registro de mensajes (pestaña Procesado).</translation>
    </message>
</context>
<context>
    <name>PreflightWords</name>
    <message>
        <location filename="../layers/words/preflight.py"/>
        <source>Feature {fid}</source>
        <translation>Entidad {fid}</translation>
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
        <translation>Geocodificando «{file}» en {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Preview geocoding of addresses (normalize_locations)</source>
        <translation>Previsualizar la geocodificación de direcciones (normalize_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Sends a CSV or XLSX of facility addresses to Epoch&apos;s /normalize_locations and writes where Epoch places each row as a point layer, with the file&apos;s own columns, before any screening: a wrong geocode is a wrong facility. Check the points, move any that is wrong, then screen the layer. Rows Epoch could not place are kept without a point (preview_status = not_geocoded, with the server&apos;s reason in preview_note) and named one by one in the log. The file is not modified; a rerun into the same output replaces the layer.</source>
        <translation>Envía un CSV o XLSX de direcciones de instalaciones a /normalize_locations de Epoch y escribe dónde sitúa Epoch cada fila como una capa de puntos, con las columnas del propio archivo, antes de cualquier análisis: una geocodificación errónea es una instalación errónea. Compruebe los puntos, mueva los que estén mal y luego analice la capa. Las filas que Epoch no pudo situar se conservan sin punto (preview_status = not_geocoded, con el motivo del servidor en preview_note) y se nombran una a una en el registro. El archivo no se modifica; una nueva ejecución hacia la misma salida sustituye la capa.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses (CSV or XLSX)</source>
        <translation>Direcciones (CSV o XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoded addresses</source>
        <translation>Direcciones geocodificadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows geocoded</source>
        <translation>Filas geocodificadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows not geocoded</source>
        <translation>Filas no geocodificadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
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
        <translation>todos los productores</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producers</source>
        <translation>{n} productores</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Field report {producers} {date}</source>
        <translation>Informe de campo {producers} {date}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{sections}, {pages}, {visits}: {pdf}</source>
        <translation>{sections}, {pages}, {visits}: {pdf}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer section</source>
        <translation>{n} sección de productor</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer sections</source>
        <translation>{n} secciones de productores</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plot to visit</source>
        <translation>{n} parcela que visitar</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plots to visit</source>
        <translation>{n} parcelas que visitar</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>QField project {path}</source>
        <translation>proyecto QField {path}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>left out: {items}</source>
        <translation>omitidos: {items}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The filter expression cannot be read: {error}</source>
        <translation>No se puede leer la expresión de filtro: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The drill-down GeoPackage {path} does not exist.</source>
        <translation>El GeoPackage de desgloses {path} no existe.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>No se puede leer {path}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no collection id)</source>
        <translation>{name} (sin id de colección)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>a row</source>
        <translation>una fila</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots from {file} (saved drill-down)</source>
        <translation>parcelas de {file} (desglose guardado)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill down first, or give a login.</source>
        <translation>Las parcelas de {name} no están en ninguno de los GeoPackage de desgloses indicados y no hay inicio de sesión en el servidor: desglose primero o indique un inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots fetched from the server</source>
        <translation>parcelas descargadas del servidor</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no plots and no location)</source>
        <translation>{name} (sin parcelas ni ubicación)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{path}: the report is a PDF; give a name ending in .pdf</source>
        <translation>{path}: el informe es un PDF; indique un nombre que termine en .pdf</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>No producer to report on: select producers, or loosen the filter.</source>
        <translation>Ningún productor para el informe: seleccione productores o amplíe el filtro.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Nothing to report: {reasons}</source>
        <translation>Nada que incluir en el informe: {reasons}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{producer}: {note}</source>
        <translation>{producer}: {note}</translation>
    </message>
    <message>
        <source>; QField project {path}</source>
        <translation type="obsolete">; proyecto QField {path}</translation>
    </message>
    <message>
        <source>; left out: {items}</source>
        <translation type="obsolete">; omitidos: {items}</translation>
    </message>
    <message>
        <source>{sections} producer section(s), {pages} page(s), {visits} plot(s) to visit: {pdf}</source>
        <translation type="obsolete">{sections} sección(es) de productor, {pages} página(s), {visits} parcela(s) que visitar: {pdf}</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch status</source>
        <translation>Estado Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>EU country risk</source>
        <translation>Riesgo país UE</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Article 10 risk</source>
        <translation>Riesgo del art. 10</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Assessment date</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due diligence</source>
        <translation>DATOS DEL ENTORNO DE PRUEBAS: resultados sintéticos para formación, no observaciones de estos lugares ni pruebas para la diligencia debida</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant</source>
        <translation>No conforme</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Needs Review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unnamed producer</source>
        <translation>Productor sin nombre</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>no plots</source>
        <translation>sin parcelas</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{nc} non-compliant, {review} needs review, {ok} compliant (composite-score method); differs from Epoch on {differ}</source>
        <translation>no conformes: {nc}, por revisar: {review}, conformes: {ok} (método de puntuación compuesta); difiere de Epoch en {differ}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unknown: {country}</source>
        <translation>Desconocido: {country}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)</source>
        <translation>{risk}: {country}; {share} % de los operadores controlados cada año (Regl. de Ejec. (UE) 2025/1093)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch sandbox</source>
        <translation>Entorno de pruebas de Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch API</source>
        <translation>API de Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>(synthetic results)</source>
        <translation>(resultados sintéticos)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>supplier {supplier}</source>
        <translation>proveedor {supplier}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>collection {collection}</source>
        <translation>colección {collection}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)</source>
        <translation>Parcelas que visitar: ninguna (ninguna parcela es No conforme ni está cuestionada por la segunda opinión)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Parcela que visitar: {n} (No conforme, o cuestionada por la segunda opinión; numerada como en el mapa)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Parcelas que visitar: {n} (No conformes, o cuestionadas por la segunda opinión; numeradas como en el mapa)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next pages</source>
        <translation>; {n} más en las páginas siguientes</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more plot on the next page</source>
        <translation>; {n} parcela más en la página siguiente</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next page</source>
        <translation>; {n} más en la página siguiente</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {number} of {total}</source>
        <translation>Parcelas que visitar (continuación): n.º {number} de {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {first} to {last} of {total}</source>
        <translation>Parcelas que visitar (continuación): n.º {first} a {last} de {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant plots ({n})</source>
        <translation>Parcelas no conformes ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant plots ({n})</source>
        <translation>Parcelas conformes ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data Error plots ({n})</source>
        <translation>Parcelas con error de datos ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Questioned by the second opinion ({n})</source>
        <translation>Cuestionadas por la segunda opinión ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: its no. in the table ({n})</source>
        <translation>Parcela que visitar: su n.º en la tabla ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch EUDR field report · {made} · section {n} of {total}</source>
        <translation>Informe de campo Epoch EUDR · {made} · sección {n} de {total}</translation>
    </message>
    <message>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Parcela que visitar: {n} (No conforme, o cuestionada por la segunda opinión; # como en el mapa)</translation>
    </message>
    <message>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Parcelas que visitar: {n} (No conformes, o cuestionadas por la segunda opinión; # como en el mapa)</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {number} of {total}</source>
        <translation type="obsolete">Parcelas que visitar (continuación): n.º {number} de {total}</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {first} to {last} of {total}</source>
        <translation type="obsolete">Parcelas que visitar (continuación): # {first} a {last} de {total}</translation>
    </message>
    <message>
        <source>Plot to visit: its # in the table ({n})</source>
        <translation type="obsolete">Parcela que visitar: su # en la tabla ({n})</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="obsolete">país desconocido</translation>
    </message>
    <message>
        <source>{status}: no plots ({reason})</source>
        <translation type="obsolete">{status}: sin parcelas ({reason})</translation>
    </message>
    <message>
        <source>{status}: no plots</source>
        <translation type="obsolete">{status}: sin parcelas</translation>
    </message>
    <message>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation type="obsolete">{status}: {nc} de {plots} parcelas no conformes, {ha} ha deforestadas después de 2020</translation>
    </message>
    <message>
        <source>, {n} with a data error</source>
        <translation type="obsolete">, {n} con error de datos</translation>
    </message>
</context>
<context>
    <name>ReportEvidence</name>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} other</source>
        <translation>+{n} otra</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} others</source>
        <translation>+{n} otras</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Article 10 evidence: source (risk signal)</source>
        <translation>Pruebas del artículo 10: fuente (señal de riesgo)</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not open layer &apos;{layer}&apos; of {file}</source>
        <translation>No se pudo abrir la capa «{layer}» de {file}</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>WGS 84, grid in degrees, no basemap</source>
        <translation>WGS 84, cuadrícula en grados, sin mapa base</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°N</source>
        <translation>{value}°N</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°S</source>
        <translation>{value}°S</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°E</source>
        <translation>{value}°E</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°W</source>
        <translation>{value}°O</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Where it is</source>
        <translation>Localización</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Supply-shed outline</source>
        <translation>Contorno de cuenca de abastecimiento</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Assessed area outline</source>
        <translation>Contorno del área evaluada</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Area ha</source>
        <translation>Sup. ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Deforested ha</source>
        <translation>Deforest. ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Second opinion</source>
        <translation>2.ª opinión</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert from</source>
        <translation>Alerta del</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert to</source>
        <translation>Alerta al</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No plot to visit.</source>
        <translation>Ninguna parcela que visitar.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch EUDR field report</source>
        <translation>Informe de campo Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not write the report {file}: {error}</source>
        <translation>No se pudo escribir el informe {file}: {error}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>country unknown</source>
        <translation>país desconocido</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>invalid geometry: nothing was scored</source>
        <translation>geometría no válida: no se evaluó nada</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid address</source>
        <translation>no procesado: dirección no válida</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: commodity not in scope</source>
        <translation>no procesado: producto fuera del ámbito</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: address too approximate</source>
        <translation>no procesado: dirección demasiado aproximada</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: validation confidence too low</source>
        <translation>no procesado: confianza de validación demasiado baja</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: no address or geolocation provided</source>
        <translation>no procesado: no se facilitó dirección ni geolocalización</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid file</source>
        <translation>no procesado: archivo no válido</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots ({reason})</source>
        <translation>{status}: sin parcelas ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots</source>
        <translation>{status}: sin parcelas</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} de {plots} parcela no conforme, {ha} ha deforestadas después de 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} de {plots} parcelas no conformes, {ha} ha deforestadas después de 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with a data error</source>
        <translation>, {n} con error de datos</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with data errors</source>
        <translation>, {n} con errores de datos</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Epoch assessments</source>
        <translation>Evaluaciones de Epoch</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Plots: {producer}</source>
        <translation>Parcelas: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Supply shed: {producer}</source>
        <translation>Cuenca de abastecimiento: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Assessed area: {producer}</source>
        <translation>Área evaluada: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Facility: {producer}</source>
        <translation>Instalación: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (facilities)</source>
        <translation>Análisis: {layer} (instalaciones)</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (plots)</source>
        <translation>Análisis: {layer} (parcelas)</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../connection/sandbox_runner.py"/>
        <source>Sandbox: a local training server bundled with the plugin. Its results are synthetic, not Epoch&apos;s analysis; never use them for a due diligence statement.</source>
        <translation>Entorno de pruebas: un servidor local de formación incluido en el complemento. Sus resultados son sintéticos, no el análisis de Epoch; no los utilice nunca para una declaración de diligencia debida.</translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (plots)</source>
        <translation>{option} (parcelas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (facilities)</source>
        <translation>{option} (instalaciones)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Location type (auto: points are facilities, polygons plots)</source>
        <translation>Tipo de ubicación (auto: los puntos son instalaciones; los polígonos, parcelas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>&apos;{layer}&apos; holds {what}: set LOCATION_TYPE to plot (polygons or points with their Area) or facility (points).</source>
        <translation>«{layer}» contiene {what}: defina LOCATION_TYPE como plot (polígonos o puntos con su Area) o facility (puntos).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{value}&apos; is neither a layer of the project nor a file that exists.</source>
        <translation>{name}: «{value}» no es ni una capa del proyecto ni un archivo existente.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{file}&apos; cannot be read as a vector layer ({reason}). The file may be cut short or damaged: export it again from where it came from, or open it in QGIS to see what is wrong.</source>
        <translation>{name}: «{file}» no se puede leer como capa vectorial ({reason}). Puede que el archivo esté truncado o dañado: expórtelo de nuevo desde su origen, o ábralo en QGIS para ver qué falla.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity radius, metres (facilities; empty: Epoch&apos;s default, 5,000)</source>
        <translation>Radio de la materia prima, metros (instalaciones; vacío: el de Epoch, 5000)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>How far around each facility Epoch looks for the commodity. Set, facilities are sent to /validate_facilities instead of /validate_locations.</source>
        <translation>Hasta qué distancia alrededor de cada instalación busca Epoch la materia prima. Si se indica, las instalaciones se envían a /validate_facilities en lugar de /validate_locations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources, Article 10 (facilities)</source>
        <translation>Fuentes de legalidad, artículo 10 (instalaciones)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Epoch&apos;s web search for Article 10 legality risks: sources, summary and risk score.</source>
        <translation>La búsqueda web de Epoch sobre riesgos de legalidad del artículo 10: fuentes, resumen y puntuación de riesgo.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK apply to facilities (points) only: leave them unset to screen plots.</source>
        <translation>COMMODITY_RADIUS e INCLUDE_LEGALITY_CHECK solo se aplican a instalaciones (puntos): déjelos sin definir para analizar parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{n} features</source>
        <translation>{n} entidades</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>its features</source>
        <translation>sus entidades</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>plots</source>
        <translation>parcelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>facilities</source>
        <translation>instalaciones</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening &apos;{layer}&apos; ({count}, sent {limit} at a time) as {what} on {url}</source>
        <translation>Analizando «{layer}» ({count}, enviadas en bloques de {limit}) como {what} en {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screen locations (validate_locations)</source>
        <translation>Analizar ubicaciones (validate_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screens plots (polygons) or facilities (points) with Epoch&apos;s /validate_locations and writes the results as a styled layer: confidence scores for facilities, risk for plots. Tables without geometry are sent as CSV for the API to geocode. The layer is read, sent and written 10,000 features at a time (the API&apos;s limit per request), so memory stays flat at any size. The input layer is not modified.</source>
        <translation>Analiza parcelas (polígonos) o instalaciones (puntos) con /validate_locations de Epoch y escribe los resultados como una capa con estilo: puntuaciones de confianza para las instalaciones, riesgo para las parcelas. Las tablas sin geometría se envían como CSV para que la API las geocodifique. La capa se lee, se envía y se escribe en bloques de 10 000 entidades (el límite de la API por solicitud), de modo que la memoria no crece sea cual sea el tamaño. La capa de entrada no se modifica.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Locations layer</source>
        <translation>Capa de ubicaciones</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Production volume, tonnes/year (plots; optional)</source>
        <translation>Volumen de producción, toneladas/año (parcelas; opcional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening results</source>
        <translation>Resultados del análisis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Collection summary (JSON)</source>
        <translation>Resumen de la colección (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources table (facilities)</source>
        <translation>Tabla de fuentes de legalidad (instalaciones)</translation>
    </message>
</context>
<context>
    <name>ScreenedSources</name>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality source in its own table</source>
        <translation>{n} fuente de legalidad en su propia tabla</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality sources in their own table</source>
        <translation>{n} fuentes de legalidad en su propia tabla</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{layer}: legality sources</source>
        <translation>{layer}: fuentes de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>Legality sources of the facility</source>
        <translation>Fuentes de legalidad de la instalación</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Plots (polygons or points with Area)</source>
        <translation>Parcelas (polígonos, puntos + Area)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Facilities (points)</source>
        <translation>Instalaciones (puntos)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Auto-detect</source>
        <translation>Detección automática</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>or file</source>
        <translation>o archivo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Preview geocoding</source>
        <translation>Previsualizar la geocodificación</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Ask Epoch where it places each address of the CSV or XLSX (chosen above) and show the points as a layer: check them, move any that is wrong, then screen that layer. A wrong geocode is a wrong facility.</source>
        <translation>Pregunta a Epoch dónde sitúa cada dirección del CSV o XLSX (elegido arriba) y muestra los puntos como una capa: compruébelos, mueva los que estén mal y luego analice esa capa. Una geocodificación errónea es una instalación errónea.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Location type</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s Article 10 legality risk (Low / Medium / High) of each plot or facility, from a web search, in the screening itself (/validate_locations): the risk only. For facilities, the sources behind it come with &apos;Article 10 check with its sources&apos;.</source>
        <translation>El riesgo de legalidad del artículo 10 de Epoch (bajo / medio / alto) de cada parcela o instalación, obtenido de una búsqueda web, en el propio análisis (/validate_locations): solo el riesgo. Para las instalaciones, las fuentes que lo respaldan se obtienen con «Comprobación del artículo 10 con sus fuentes».</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>t/yr</source>
        <translation>t/año</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Production volume</source>
        <translation>Volumen de producción</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screen</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick every row of the table (the rows the Submit tab sends).</source>
        <translation>Marcar todas las filas de la tabla (las que envía la pestaña Enviar).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick none</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Join results to the layer</source>
        <translation>Unir resultados a la capa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copy layer with results</source>
        <translation>Copiar capa con resultados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Cannot read the results: {error}</source>
        <translation>No se pueden leer los resultados: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Article 10 check with its sources</source>
        <translation>Comprobación del artículo 10 con sus fuentes</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The Article 10 legality check asked of Epoch&apos;s facility validation (/validate_facilities): besides the risk, each facility&apos;s sources (title, date, link) and a summary, in a related table. It includes the &apos;Article 10 legality check&apos; above.</source>
        <translation>La comprobación de legalidad del artículo 10 solicitada a la validación de instalaciones de Epoch (/validate_facilities): además del riesgo, las fuentes de cada instalación (título, fecha, enlace) y un resumen, en una tabla relacionada. Incluye la «Comprobación de legalidad (artículo 10)» de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s default (5,000 m)</source>
        <translation>el de Epoch (5000 m)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>How far around each facility Epoch looks for the commodity. Setting it sends the facilities to /validate_facilities.</source>
        <translation>Hasta qué distancia alrededor de cada instalación busca Epoch la materia prima. Indicarlo envía las instalaciones a /validate_facilities.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity radius</source>
        <translation>Radio de la materia prima</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Guessed from the layer: {guess}</source>
        <translation>Deducido de la capa: {guess}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can open.</source>
        <translation>Elija una capa vectorial, o un archivo CSV, XLSX o GeoJSON que QGIS pueda abrir.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} feature with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>La comprobación previa al envío encontró {n} entidad con errores que bloquean un envío a la UE. ¿Analizar la capa de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} features with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>La comprobación previa al envío encontró {n} entidades con errores que bloquean un envío a la UE. ¿Analizar la capa de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening &apos;{layer}&apos; ...</source>
        <translation>Analizando «{layer}» ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening {layer}</source>
        <translation>Análisis de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding &apos;{file}&apos; ...</source>
        <translation>Geocodificando «{file}»...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding {file}</source>
        <translation>Geocodificando {file}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>&apos;{layer}&apos; is not a layer of the project (a file picked under &apos;or file&apos;, or a layer since removed): there is no layer to show the results on. Copy it with the results, or add it to the project and screen that layer.</source>
        <translation>«{layer}» no es una capa del proyecto (un archivo elegido en «o archivo», o una capa eliminada desde entonces): no hay ninguna capa en la que mostrar los resultados. Cópiela con los resultados, o añádala al proyecto y analice esa capa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Show the results on the screened layer&apos;s features (a virtual join, fields prefixed epoch_, keyed on the feature id). The layer&apos;s data is not edited: the join and its key field are kept in the project.</source>
        <translation>Mostrar los resultados en las entidades de la capa analizada (una unión virtual, campos con prefijo epoch_, por el id de entidad). Los datos de la capa no se modifican: la unión y su campo clave se guardan en el proyecto.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A new GeoPackage layer: your features with all their attributes, plus the results (fields prefixed epoch_).</source>
        <translation>Una nueva capa GeoPackage: sus entidades con todos sus atributos, más los resultados (campos con prefijo epoch_).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The screened layer or its results are no longer in the project: screen the layer again.</source>
        <translation>La capa analizada o sus resultados ya no están en el proyecto: vuelva a analizar la capa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Results joined to &apos;{layer}&apos; (fields epoch_...).</source>
        <translation>Resultados unidos a «{layer}» (campos epoch_...).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{layer} + results</source>
        <translation>{layer} + resultados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{n} features copied with their results</source>
        <translation>{n} entidades copiadas con sus resultados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copying {layer}</source>
        <translation>Copiando {layer}</translation>
    </message>
    <message>
        <source>The check before upload found {n} feature(s) with errors that block an EU upload. Screen the layer anyway?</source>
        <translation type="obsolete">La comprobación previa al envío encontró {n} entidad(es) con errores que bloquean un envío a la UE. ¿Analizar la capa de todos modos?</translation>
    </message>
    <message>
        <source>Production volume: not given</source>
        <translation type="obsolete">Volumen de producción: no indicado</translation>
    </message>
    <message>
        <source>Article 10 check with its sources (facility validation)</source>
        <translation type="obsolete">Comprobación del artículo 10 con sus fuentes (validación de instalaciones)</translation>
    </message>
    <message>
        <source>Commodity radius: Epoch&apos;s default (5,000 m)</source>
        <translation type="obsolete">Radio de la materia prima: el de Epoch (5000 m)</translation>
    </message>
    <message>
        <source>Legality sources (Article 10)</source>
        <translation type="obsolete">Fuentes de legalidad (artículo 10)</translation>
    </message>
    <message>
        <source>Epoch&apos;s web search for Article 10 legality risks around each facility: the sources (title, date, link), a summary and a risk score. Sent to /validate_facilities.</source>
        <translation type="obsolete">La búsqueda web de Epoch sobre riesgos de legalidad del artículo 10 alrededor de cada instalación: las fuentes (título, fecha, enlace), un resumen y una puntuación de riesgo. Se envía a /validate_facilities.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../connection/session.py"/>
        <source>Enter the custom server URL (https://...).</source>
        <translation>Introduzca la URL del servidor personalizado (https://...).</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>the sandbox&apos;s demo account (API key)</source>
        <translation>la cuenta de demostración del entorno de pruebas (clave API)</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>user {user} (API key)</source>
        <translation>el usuario {user} (clave API)</translation>
    </message>
</context>
<context>
    <name>ShownValues</name>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Needs Review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Non-Compliant</source>
        <translation>No conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Direct Plots</source>
        <translation>Parcelas directas</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Supply Shed</source>
        <translation>Cuenca de abastecimiento</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s EU country risk</source>
        <translation>el riesgo de país UE de la parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s country</source>
        <translation>el país de la parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>where the plot lies</source>
        <translation>donde se encuentra la parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the producer&apos;s country</source>
        <translation>el país del productor</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>non-critical</source>
        <translation>no crítica</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no deforestation</source>
        <translation>sin deforestación</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer ({asked})</source>
        <translation>{time}: 1 productor ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers ({asked})</source>
        <translation>{time}: {n} productores ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer</source>
        <translation>{time}: 1 productor</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers</source>
        <translation>{time}: {n} productores</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window {start} to {end}</source>
        <translation>período {start} – {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window from {start} to today</source>
        <translation>período desde {start} hasta hoy</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window up to {end}</source>
        <translation>período hasta {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; to keep a snapshot of</source>
        <translation>No hay ninguna capa «{layer}» de la que guardar una instantánea</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{file} is locked by another program; close it there and load again.</source>
        <translation>{file} está bloqueado por otro programa; ciérrelo allí y vuelva a cargar.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Could not keep a snapshot of &apos;{layer}&apos; in {file}: {error}</source>
        <translation>No se pudo guardar una instantánea de «{layer}» en {file}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot in {file}: each load of assessments keeps one; load them again later and compare then, or compare with an earlier layer.</source>
        <translation>No hay ninguna instantánea en {file}: cada carga de evaluaciones guarda una; vuelva a cargarlas más adelante y compare entonces, o compare con una capa anterior.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Only one load of &apos;{layer}&apos; is kept in {file} ({time}): nothing earlier to compare with yet.</source>
        <translation>Solo se conserva una carga de «{layer}» en {file} ({time}): todavía no hay nada anterior con lo que comparar.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot taken on or before {moment} in {file}; the oldest is {oldest}.</source>
        <translation>No hay ninguna instantánea tomada el {moment} o antes en {file}; la más antigua es {oldest}.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Snapshot {name} is not in {file}: give &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, a day (YYYY-MM-DD) or one of: {shown}</source>
        <translation>La instantánea {name} no está en {file}: indique «previous», «latest», «oldest», un día (AAAA-MM-DD) o uno de: {shown}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Cannot open {file}</source>
        <translation>No se puede abrir {file}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; in {file}</source>
        <translation>No hay ninguna capa «{layer}» en {file}</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">hoy</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} productor</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} productores</translation>
    </message>
</context>
<context>
    <name>StatementWatcher</name>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Checking submitted statements</source>
        <translation>Consultando las declaraciones enviadas</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>EU Information System</source>
        <translation>Sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Show statements</source>
        <translation>Ver declaraciones</translation>
    </message>
</context>
<context>
    <name>StyleStore</name>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>OGR error {code}</source>
        <translation>error de OGR {code}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>creating the table {table}: {error}</source>
        <translation>creación de la tabla {table}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the column {column} to {table}</source>
        <translation>adición de la columna {column} a {table}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>{file} is locked by another program (waited {seconds} s); close it there and run again.</source>
        <translation>{file} está bloqueado por otro programa (se esperó {seconds} s); ciérrelo allí y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>Could not store the style of &apos;{layer}&apos; in {file}: {error}. The styles in the file were left as they were.</source>
        <translation>No se pudo guardar el estilo de «{layer}» en {file}: {error}. Los estilos del archivo se dejaron como estaban.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>removing the old style &apos;{name}&apos;</source>
        <translation>eliminación del estilo anterior «{name}»</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>unsetting the default style &apos;{name}&apos;</source>
        <translation>desactivación del estilo predeterminado «{name}»</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the style &apos;{name}&apos;</source>
        <translation>adición del estilo «{name}»</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Check sample: {status}</source>
        <translation>Muestra de control: {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Legality risk</source>
        <translation>Riesgo de legalidad</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Error: blocks an EU upload</source>
        <translation>Error: bloquea un envío a la UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>OK</source>
        <translation>Sin problemas</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} Looking &apos;{name}&apos; up failed too ({reason}); check the Assessments before submitting again.</source>
        <translation>{error} La búsqueda de «{name}» también falló ({reason}); compruebe la pestaña Evaluaciones antes de volver a enviar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} It was received: collection &apos;{name}&apos; ({id}) is among the assessments. Do not submit it again.</source>
        <translation>{error} Se recibió: la colección «{name}» ({id}) figura entre las evaluaciones. No la vuelva a enviar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} &apos;{name}&apos; is not among the assessments yet: it may still be processing (minutes to hours). Look again later before submitting it again.</source>
        <translation>{error} «{name}» aún no figura entre las evaluaciones: puede que todavía se esté procesando (de minutos a horas). Vuelva a comprobarlo más tarde antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>Only located features can be submitted: screen the table first, then submit the screening results.</source>
        <translation>Solo se pueden enviar entidades con ubicación: analice primero la tabla y después envíe los resultados del análisis.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection &apos;{name}&apos; already exists at Epoch (collection {id}), so nothing was sent: its results are those of the earlier assessment. Tick &apos;Reprocess&apos; to assess it again.</source>
        <translation>La colección «{name}» ya existe en Epoch (colección {id}), así que no se envió nada: sus resultados son los de la evaluación anterior. Marque «Reprocesar» para evaluarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections already exist at Epoch ({names}), so nothing was sent for them: their results are those of the earlier assessments. Tick &apos;Reprocess&apos; to assess them again.</source>
        <translation>{n} colecciones ya existen en Epoch ({names}), así que no se envió nada para ellas: sus resultados son los de las evaluaciones anteriores. Marque «Reprocesar» para evaluarlas de nuevo.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producer</source>
        <translation>{n} productor</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producers</source>
        <translation>{n} productores</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} without a producer name)</source>
        <translation> (sin nombre de productor: {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>producer not given</source>
        <translation>productor no indicado</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} country</source>
        <translation>{n} país</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} countries</source>
        <translation>{n} países</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} in no country)</source>
        <translation> (fuera de todo país: {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collection</source>
        <translation>{n} colección</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections</source>
        <translation>{n} colecciones</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{things}, {producers}, {countries}: {collections}</source>
        <translation>{things}, {producers}, {countries}: {collections}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no country</source>
        <translation>ningún país</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>all producers</source>
        <translation>todos los productores</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>(no producer name)</source>
        <translation>(sin nombre de productor)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{name}: {producer}, {commodity}, {things}, {countries}</source>
        <translation>{name}: {producer}, {commodity}, {things}, {countries}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{commodity}&apos; is not one of Epoch&apos;s commodities: Epoch assesses it with its plantation model and warns.</source>
        <translation>«{commodity}» no es una de las materias primas de Epoch: Epoch la evalúa con su modelo de plantación y avisa.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{name}&apos; spans {n} countries ({countries}): Epoch reports a collection as one producer in one place; send one collection per producer to keep them apart.</source>
        <translation>«{name}» abarca {n} países ({countries}): Epoch presenta una colección como un solo productor en un solo lugar; envíe una colección por productor para separarlos.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>their &apos;{field}&apos; is empty or names no commodity</source>
        <translation>su campo «{field}» está vacío o no nombra ninguna materia prima</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no commodity column was chosen and no commodity for all rows</source>
        <translation>no se eligió ninguna columna de materia prima ni una materia prima para todas las filas</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>No commodity for {producers} (features {features}): {why}. Nothing is sent as &apos;unknown&apos;: {how}</source>
        <translation>Sin materia prima para {producers} (entidades {features}): {why}. No se envía nada como «unknown»: {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>pick the column that holds the commodity, or a commodity for rows without one.</source>
        <translation>elija la columna que contiene la materia prima, o una materia prima para las filas que no la tienen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{commodity} ({n})</source>
        <translation>{commodity} ({n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>One collection takes one commodity, but these rows hold {held}: send one collection per producer, or submit each commodity&apos;s rows apart.</source>
        <translation>Una colección admite una sola materia prima, pero estas filas contienen varias ({held}): envíe una colección por productor, o envíe por separado las filas de cada materia prima.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection name &apos;{name}&apos; names one collection, but these rows make {n} (one per producer and commodity): {how}</source>
        <translation>El nombre de colección «{name}» designa una sola colección, pero estas filas forman {n} (una por productor y materia prima): {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>clear the name to name each after its producer, or send them as one collection.</source>
        <translation>borre el nombre para que cada una reciba el de su productor, o envíelas como una sola colección.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already assessed on Epoch: it was not sent.</source>
        <translation type="obsolete">«{name}» ya está evaluada en Epoch: no se envió.</translation>
    </message>
    <message>
        <source>{n} collections are already assessed on Epoch and were not sent: {names}.</source>
        <translation type="obsolete">{n} colecciones ya están evaluadas en Epoch y no se enviaron: {names}.</translation>
    </message>
    <message>
        <source>1 facility</source>
        <translation type="obsolete">1 instalación</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} instalaciones</translation>
    </message>
    <message>
        <source>1 plot</source>
        <translation type="obsolete">1 parcela</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} parcelas</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation type="obsolete">1 productor</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation type="obsolete">1 país</translation>
    </message>
    <message>
        <source>1 collection</source>
        <translation type="obsolete">1 colección</translation>
    </message>
</context>
<context>
    <name>SubmitBatch</name>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submit for assessment (batch)</source>
        <translation>Enviar para evaluación (lote)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment, as Epoch&apos;s dashboard holds them: one collection per producer (GROUP_BY=producer, the producer read from PRODUCER_FIELD), or all in one collection (GROUP_BY=one). Each feature&apos;s commodity is read from COMMODITY_FIELD (Café, kopi, sawit... are understood), COMMODITY filling features without one; COMMODITY alone is every feature&apos;s. Empty fields are guessed from the column names (the commodity field only when COMMODITY is not given). Features without any commodity are refused, named, and nothing is sent. The counts (plots, producers, countries, collections) are printed first. Collections are named {commodity}_{producer}_{date} (one collection: COLLECTION_NAME, or {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 polls until each assessment appears. A collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). The jobs are recorded in the QGIS profile: the panel keeps checking them, also after a restart, and says when they are ready.</source>
        <translation>Envía instalaciones (puntos) para evaluación por cuenca de abastecimiento o parcelas (polígonos) para evaluación directa, tal como las organiza el panel de control de Epoch: una colección por productor (GROUP_BY=producer, con el productor leído de PRODUCER_FIELD) o todas en una sola colección (GROUP_BY=one). La materia prima de cada entidad se lee de COMMODITY_FIELD (se entienden Café, kopi, sawit...), y COMMODITY completa las entidades que no la tienen; COMMODITY solo se aplica a todas las entidades. Los campos vacíos se deducen de los nombres de las columnas (el de materia prima solo si no se indica COMMODITY). Las entidades sin ninguna materia prima se rechazan, nombradas, y no se envía nada. Primero se muestran los recuentos (parcelas, productores, países, colecciones). Las colecciones se llaman {commodity}_{producer}_{date} (una sola colección: COLLECTION_NAME o {commodity}_{country}_{date}). Con WAIT_SECONDS &gt; 0 se consulta hasta que aparece cada evaluación. Primero se indica si un nombre de colección ya está evaluado (sin FORCE_REPROCESS, Epoch devuelve esa colección). Los trabajos se registran en el perfil de QGIS: el panel sigue comprobándolos, también tras un reinicio, y avisa cuando están listos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Screened locations</source>
        <translation>Ubicaciones analizadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections (producer: one per producer; one: a single collection)</source>
        <translation>Colecciones (producer: una por productor; one: una sola colección)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field (empty: guessed)</source>
        <translation>Campo de productor (vacío: deducido)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity field (empty: guessed)</source>
        <translation>Campo de materia prima (vacío: deducido)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name, for one collection (empty: suggested)</source>
        <translation>Nombre de la colección, para una sola colección (vacío: propuesto)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity (with a commodity field: of features without one)</source>
        <translation>Materia prima (con un campo de materia prima: la de las entidades sin ella)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Reprocess an existing collection</source>
        <translation>Reprocesar una colección existente</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Wait for the results (seconds)</source>
        <translation>Esperar los resultados (segundos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection id (several: comma-separated)</source>
        <translation>Id de la colección (varios: separados por comas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Status (several: comma-separated)</source>
        <translation>Estado (varios: separados por comas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name (several: comma-separated)</source>
        <translation>Nombre de la colección (varios: separados por comas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections sent (JSON)</source>
        <translation>Colecciones enviadas (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{parameter}: &apos;{field}&apos; is not a field of &apos;{layer}&apos; (its fields: {fields}).</source>
        <translation>{parameter}: «{field}» no es un campo de «{layer}» (sus campos: {fields}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field: {producer}; commodity field: {commodity}</source>
        <translation>Campo de productor: {producer}; campo de materia prima: {commodity}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>set COMMODITY_FIELD to the field that holds it, or COMMODITY for features without one.</source>
        <translation>indique en COMMODITY_FIELD el campo que la contiene, o COMMODITY para las entidades que no la tienen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>leave COLLECTION_NAME empty (each is named after its producer), or set GROUP_BY=one.</source>
        <translation>deje COLLECTION_NAME vacío (cada una recibe el nombre de su productor) o defina GROUP_BY=one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}): without FORCE_REPROCESS Epoch returns that collection, not a new assessment.</source>
        <translation>«{name}» ya está evaluada en Epoch (colección {id}): sin FORCE_REPROCESS, Epoch devuelve esa colección, no una nueva evaluación.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facility sent</source>
        <translation>{n} instalación enviada</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facilities sent</source>
        <translation>{n} instalaciones enviadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plot sent</source>
        <translation>{n} parcela enviada</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plots sent</source>
        <translation>{n} parcelas enviadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{name}: {sent}; collection {id}: {status}</source>
        <translation>{name}: {sent}; colección {id}: {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Waiting up to {seconds} s for the assessment ...</source>
        <translation>Esperando la evaluación hasta {seconds} s ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection {id}: {status}</source>
        <translation>Colección {id}: {status}</translation>
    </message>
    <message>
        <source>{n} facility(s) sent</source>
        <translation type="obsolete">{n} instalación(es) enviada(s)</translation>
    </message>
    <message>
        <source>{n} plot(s) sent</source>
        <translation type="obsolete">{n} parcela(s) enviada(s)</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>The collection &apos;{name}&apos; was submitted (collection {id}, {count} sent).</source>
        <translation>Se envió la colección «{name}» (colección {id}, {count} enviadas).</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>{n} collections were submitted.</source>
        <translation>Se enviaron {n} colecciones.</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Last checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>processing</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity: {commodity}</source>
        <translation>{count} enviadas, materia prima: {commodity}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity not given</source>
        <translation>{count} enviadas, materia prima no indicada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>local sandbox</source>
        <translation>entorno de pruebas local</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from Processing to {server}</source>
        <translation>Enviado el {time} UTC desde Procesado a {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from the panel to {server}</source>
        <translation>Enviado el {time} UTC desde el panel a {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Screen a layer first: its results can then be submitted for assessment.</source>
        <translation>Analice primero una capa: después podrá enviar sus resultados para evaluación.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection per producer</source>
        <translation>Una colección por productor</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection for all</source>
        <translation>Una colección para todo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Epoch&apos;s assessments hold one producer&apos;s plots each: one collection per producer shows each producer with its own status, commodity and country.</source>
        <translation>Cada evaluación de Epoch contiene las parcelas de un solo productor: una colección por productor muestra cada productor con su propio estado, materia prima y país.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that names each feature&apos;s producer (farmer, supplier, company).</source>
        <translation>El campo que nombra el productor de cada entidad (agricultor, proveedor, empresa).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that holds each feature&apos;s commodity (coffee, Café, kopi, cacao, sawit... are understood).</source>
        <translation>El campo que contiene la materia prima de cada entidad (se entienden coffee, Café, kopi, cacao, sawit...).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>None: refuse</source>
        <translation>Ninguna: rechazar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The name of a single collection. Left as suggested, each collection is named {commodity}_{producer}_{date}.</source>
        <translation>El nombre de una colección única. Si se deja el propuesto, cada colección se llama {commodity}_{producer}_{date}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Reprocess if the collection exists</source>
        <translation>Reprocesar si la colección existe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Producer field</source>
        <translation>Campo productor</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Commodity field</source>
        <translation>Campo materia prima</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The commodity of rows whose commodity field is empty, or of every row when no field is chosen: the one screened, unless changed here.</source>
        <translation>La materia prima de las filas cuyo campo de materia prima está vacío, o de todas las filas si no se elige ningún campo: la analizada, salvo que se cambie aquí.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Default commodity</source>
        <translation>Materia prima por defecto</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submit ticked rows (or the map selection)</source>
        <translation>Enviar filas marcadas (o la selección del mapa)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs</source>
        <translation>Trabajos enviados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Clear settled</source>
        <translation>Borrar finalizados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Forget the jobs that are ready, failed or given up (the results stay on Epoch).</source>
        <translation>Olvidar los trabajos listos, fallidos o abandonados (los resultados permanecen en Epoch).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facility from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} instalación analizada de «{layer}». Márquela en la tabla de Análisis (o selecciónela en el mapa) y envíela a /batch_supply_shed (evaluación por cuenca de abastecimiento).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facilities from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} instalaciones analizadas de «{layer}». Marque filas en la tabla de Análisis (o seleccione entidades en el mapa) y envíelas a /batch_supply_shed (evaluación por cuenca de abastecimiento).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plot from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_process (direct plot assessment).</source>
        <translation>{n} parcela analizada de «{layer}». Márquela en la tabla de Análisis (o selecciónela en el mapa) y envíela a /batch_process (evaluación directa de parcelas).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plots from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_process (direct plot assessment).</source>
        <translation>{n} parcelas analizadas de «{layer}». Marque filas en la tabla de Análisis (o seleccione entidades en el mapa) y envíelas a /batch_process (evaluación directa de parcelas).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screening results are no longer in the project (another project was opened): screen the layer again.</source>
        <translation>Los resultados del análisis ya no están en el proyecto (se abrió otro proyecto): vuelva a analizar la capa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Nothing to submit: tick rows in the Screening results or select features on the map.</source>
        <translation>Nada que enviar: marque filas en los resultados del Análisis o seleccione entidades en el mapa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screened layer is no longer in the project (another project was opened): open it and screen it again.</source>
        <translation>La capa analizada ya no está en el proyecto (se abrió otro proyecto): ábrala y vuelva a analizarla.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; was submitted on {day} ({state}). Submitted again without &apos;Reprocess&apos;, Epoch returns that collection, not a new assessment. Submit anyway?</source>
        <translation>«{name}» se envió el {day} ({state}). Si se envía de nuevo sin «Reprocesar», Epoch devuelve esa colección, no una nueva evaluación. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; on {day} ({state})</source>
        <translation>«{name}» el {day} ({state})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted before: {jobs}. Submitted again without &apos;Reprocess&apos;, Epoch returns those collections, not new assessments. Submit anyway?</source>
        <translation>Ya enviadas: {jobs}. Si se envían de nuevo sin «Reprocesar», Epoch devuelve esas colecciones, no nuevas evaluaciones. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Preparing the submission</source>
        <translation>Preparando el envío</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>one per producer: {commodity}_{producer}_{date}</source>
        <translation>una por productor: {commodity}_{producer}_{date}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {why}</source>
        <translation>No enviado: {why}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send this collection?</source>
        <translation>{summary}

{details}

¿Enviar esta colección?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send these {n} collections?</source>
        <translation>{summary}

{details}

¿Enviar estas {n} colecciones?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: nothing was sent.</source>
        <translation>No enviado: no se envió nada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} collections</source>
        <translation>{n} colecciones</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitting {name}</source>
        <translation>Enviando {name}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns its results, not a new assessment. Submit anyway?</source>
        <translation>«{name}» ya está evaluada en Epoch (colección {id}). Si se envía de nuevo sin «Reprocesar», Epoch devuelve sus resultados, no una nueva evaluación. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{names} are already assessed on Epoch (collections {ids}). Submitted again without &apos;Reprocess&apos;, Epoch returns their results, not new assessments. Submit anyway?</source>
        <translation>{names} ya están evaluadas en Epoch (colecciones {ids}). Si se envían de nuevo sin «Reprocesar», Epoch devuelve sus resultados, no nuevas evaluaciones. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: &apos;{name}&apos; is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation>No enviada: «{name}» ya está evaluada. Cárguela en Evaluaciones, marque «Reprocesar» o elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {names} are already assessed. Load them in Assessments, tick &apos;Reprocess&apos;, or choose other names.</source>
        <translation>No enviadas: {names} ya están evaluadas. Cárguelas en Evaluaciones, marque «Reprocesar» o elija otros nombres.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other {n} collections were submitted; their state is checked below.</source>
        <translation>Se enviaron las otras {n} colecciones; su estado se comprueba abajo.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other collection was submitted; its state is checked below.</source>
        <translation>Se envió la otra colección; su estado se comprueba abajo.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice says when it is ready.</source>
        <translation>Enviado: colección {id}. Su estado se comprueba abajo, también tras reiniciar QGIS, y un aviso indica cuándo está lista.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {n} collections. Their state is checked below, also after QGIS restarts, and a notice says when each is ready.</source>
        <translation>Colecciones enviadas: {n}. Su estado se comprueba abajo, también tras reiniciar QGIS, y un aviso indica cuándo está lista cada una.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked (last check: {error})</source>
        <translation>Trabajos enviados: {n}, {waiting} en comprobación (última comprobación: {error})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked</source>
        <translation>Trabajos enviados: {n}, {waiting} en comprobación</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}</source>
        <translation>Trabajos enviados: {n}</translation>
    </message>
    <message>
        <source>collection {id} ({n} sent): {status}</source>
        <translation type="obsolete">colección {id} (enviadas: {n}): {status}</translation>
    </message>
    <message>
        <source>{n} collection(s) sent</source>
        <translation type="obsolete">Colecciones enviadas: {n}</translation>
    </message>
    <message>
        <source>; already assessed, not sent: {names}</source>
        <translation type="obsolete">; ya evaluadas, no enviadas: {names}</translation>
    </message>
    <message>
        <source>{summary}

{details}

Send {n} collection(s)?</source>
        <translation type="obsolete">{summary}

{details}

¿Enviar {n} colección(es)?</translation>
    </message>
    <message>
        <source>{names} is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns those results, not a new assessment. Submit anyway?</source>
        <translation type="obsolete">Ya hay una evaluación en Epoch para {names} (colección {id}). Si se envía de nuevo sin «Reprocesar», Epoch devuelve esos resultados, no una nueva evaluación. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <source>Not submitted: {names} is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation type="obsolete">No enviado: ya hay una evaluación para {names}. Cárguela en Evaluaciones, marque «Reprocesar» o elija otro nombre.</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} instalaciones</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} parcelas</translation>
    </message>
    <message>
        <source>commodity not given</source>
        <translation type="obsolete">materia prima no indicada</translation>
    </message>
    <message>
        <source>submitted {time} UTC from {origin} to {server}</source>
        <translation type="obsolete">enviado el {time} UTC (origen: {origin}) a {server}</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="obsolete">Procesado</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="obsolete">el panel</translation>
    </message>
    <message>
        <source>(last check: {error})</source>
        <translation type="obsolete">(última comprobación: {error})</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>La conexión con el servidor ha fallado ({kind}); no se ha escrito nada. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Could not write the results: {reason}</source>
        <translation>No se pudieron escribir los resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The server&apos;s answer is nested too deeply to read; nothing was written.</source>
        <translation>La respuesta del servidor está demasiado anidada para leerla; no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation>Error inesperado: {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {outcome}</source>
        <translation>{task}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: unexpected error {kind}</source>
        <translation>{task}: error inesperado {kind}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: done</source>
        <translation>{task}: terminado</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: cancelled; nothing was changed</source>
        <translation>{task}: cancelado; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{layer}: {n} features loaded</source>
        <translation type="obsolete">{layer}: {n} entidades cargadas</translation>
    </message>
</context>
<context>
    <name>ValidateFacility</name>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: give the facility&apos;s location as &apos;x,y [EPSG:code]&apos;, e.g. &apos;100.5018,13.7563 [EPSG:4326]&apos;.</source>
        <translation>POINT: indique la ubicación de la instalación como «x,y [EPSG:código]», p. ej. «100.5018,13.7563 [EPSG:4326]».</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: {reason}</source>
        <translation>POINT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>OUTPUT: checks are kept in a GeoPackage (each run adds a row): give a .gpkg file.</source>
        <translation>OUTPUT: las comprobaciones se guardan en un GeoPackage (cada ejecución añade una fila): indique un archivo .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checking the facility at {lon:.6f}, {lat:.6f} on {url}</source>
        <translation>Comprobando la instalación en {lon:.6f}, {lat:.6f} en {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Validate a facility at a point (validate_facility)</source>
        <translation>Validar una instalación en un punto (validate_facility)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Asks Epoch&apos;s /validate_facility whether a location is likely a first-mile aggregation facility for the commodity, and keeps the answer as one more row of the output&apos;s &apos;Checked facilities&apos; layer (a GeoPackage given twice gets two rows): the confidence score and level, the penalty breakdown and, with INCLUDE_LEGALITY_CHECK, the Article 10 legality sources in a related table (&lt;layer&gt;_sources, joined by check_id). The point may be in any CRS; a point at sea or outside the world is refused.</source>
        <translation>Pregunta a /validate_facility de Epoch si una ubicación es probablemente una instalación de acopio de primera milla para la materia prima, y guarda la respuesta como una fila más de la capa «Instalaciones comprobadas» de la salida (un GeoPackage indicado dos veces recibe dos filas): la puntuación y el nivel de confianza, el desglose de penalizaciones y, con INCLUDE_LEGALITY_CHECK, las fuentes de legalidad del artículo 10 en una tabla relacionada (&lt;layer&gt;_sources, unida por check_id). El punto puede estar en cualquier SRC; se rechaza un punto en el mar o fuera del mundo.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Facility location</source>
        <translation>Ubicación de la instalación</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Incluir la deforestación en 50 km a la redonda</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checked facilities</source>
        <translation>Instalaciones comprobadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Legality sources table</source>
        <translation>Tabla de fuentes de legalidad</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence score</source>
        <translation>Puntuación de confianza</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence level</source>
        <translation>Nivel de confianza</translation>
    </message>
</context>
</TS>
