-- A Wi2013 case (ondertussengroep, asielmigrant coupled before 2022) has a PIP without a Wi2021 leerroute
-- (DOMAIN.md: "Wi2013 cases ... have no Wi2021 leerroute, term or bestuurlijke boete").
ALTER TABLE pip ALTER COLUMN leerroute DROP NOT NULL;
