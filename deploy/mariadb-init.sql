-- The three subgraphs' databases (one each, DATABASE_URL's name + _network, _amap, _member), for the user `champ`.
CREATE DATABASE IF NOT EXISTS champ_commun_network CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS champ_commun_amap CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS champ_commun_member CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `champ\_commun\_%`.* TO 'champ'@'%';
