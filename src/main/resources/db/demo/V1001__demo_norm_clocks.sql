-- Het Hogeland counts the PIP norm from the BRP registration only [seed 004 §5]; the Westfriesland
-- gemeenten keep the legal starting points (an empty counts_from, see V2).
UPDATE gemeente_norm SET counts_from = 'BRP_REGISTERED' WHERE norm = 'PIP' AND gemeente_code = 'GM1966';
