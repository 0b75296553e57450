-- Where each norm's clock starts. The Westfriesland gemeenten follow the law for the PIP (Besluit
-- inburgering 2021 art. 5.3: the later of the BRP registration and DUO's notice); Het Hogeland counts
-- the PIP from the BRP registration only [seed 004 §5]. Ontzorgen runs six months from the start of
-- bijstand; progress talks count from the PIP.
UPDATE gemeente_norm SET counts_from = 'BRP_REGISTERED,DUO_NOTICE' WHERE norm = 'PIP';
UPDATE gemeente_norm SET counts_from = 'BRP_REGISTERED' WHERE norm = 'PIP' AND gemeente_code = 'GM1966';
UPDATE gemeente_norm SET counts_from = 'BIJSTAND_STARTED' WHERE norm = 'FINANCIEEL_ONTZORGEN';
UPDATE gemeente_norm SET counts_from = 'PIP_ISSUED' WHERE norm = 'VOORTGANGSGESPREK';
