-- Demo OINs for the demo gemeenten: 20 digits of the OIN form, made up from the CBS code. A real
-- installation takes each gemeente's OIN from the OIN register (https://oinregister.logius.nl).
UPDATE gemeente SET oin = '0000000100000000' || SUBSTRING(code, 3, 4);
