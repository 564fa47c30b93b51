//! Name pools for the demo's customers, per market. Chinese names come with the
//! romanization customers use in handles and e-mail addresses.

pub const BR_FIRST: &[&str] = &[
    "Lucas", "Gabriel", "Rafael", "Thiago", "Mateus", "João", "Pedro", "Felipe", "Gustavo", "Ana",
    "Juliana", "Mariana", "Camila", "Larissa", "Beatriz", "Letícia", "Fernanda", "Bruna", "Aline",
    "Vitória",
];
pub const BR_LAST: &[&str] = &[
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Pereira",
    "Costa",
    "Rodrigues",
    "Almeida",
    "Nascimento",
    "Lima",
    "Araújo",
    "Ferreira",
    "Carvalho",
    "Gomes",
    "Ribeiro",
    "Barbosa",
    "Rocha",
    "Moura",
];
pub const PT_FIRST: &[&str] = &[
    "João",
    "Tiago",
    "Rodrigo",
    "Francisco",
    "Duarte",
    "Gonçalo",
    "Diogo",
    "Miguel",
    "Inês",
    "Beatriz",
    "Margarida",
    "Mariana",
    "Leonor",
    "Catarina",
    "Matilde",
    "Carolina",
    "Rita",
    "Sofia",
];
pub const PT_LAST: &[&str] = &[
    "Ferreira",
    "Pereira",
    "Martins",
    "Sousa",
    "Fernandes",
    "Gonçalves",
    "Lopes",
    "Marques",
    "Rodrigues",
    "Carvalho",
    "Teixeira",
    "Moreira",
    "Correia",
    "Pinto",
    "Mendes",
    "Nunes",
    "Cardoso",
    "Ramos",
];
pub const US_FIRST: &[&str] = &[
    "Emily", "James", "Olivia", "Michael", "Madison", "Tyler", "Ashley", "Brandon", "Hannah",
    "Jacob", "Kayla", "Noah", "Sarah", "Ethan", "Jessica", "Austin",
];
pub const US_LAST: &[&str] = &[
    "Johnson", "Smith", "Williams", "Brown", "Miller", "Davis", "Garcia", "Martinez", "Wilson",
    "Anderson", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark",
];
pub const GB_FIRST: &[&str] = &[
    "Oliver", "Amelia", "George", "Isla", "Harry", "Sophie", "Jack", "Chloe", "Charlie", "Megan",
    "Thomas", "Grace", "Alfie", "Holly", "Callum", "Ellie",
];
pub const GB_LAST: &[&str] = &[
    "Smith", "Jones", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Roberts", "Walker",
    "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Khan",
];
/// Singapore: whole (given, family) pairs, since naming conventions differ by community.
pub const SG_NAMES: &[(&str, &str)] = &[
    ("Marcus", "Tan"),
    ("Rachel", "Lim"),
    ("Jia Hui", "Ong"),
    ("Wei Ming", "Goh"),
    ("Shawn", "Ng"),
    ("Nicole", "Koh"),
    ("Darren", "Chua"),
    ("Priscilla", "Teo"),
    ("Arjun", "Pillai"),
    ("Nur Aisyah", "Rahman"),
    ("Hafiz", "Ismail"),
    ("Kavya", "Menon"),
];
/// Chinese names: (characters, romanization for handles and e-mails).
pub const CN_FAMILY: &[(&str, &str)] = &[
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
];
pub const CN_GIVEN: &[(&str, &str)] = &[
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("磊", "lei"),
    ("婷婷", "tingting"),
    ("浩然", "haoran"),
    ("子轩", "zixuan"),
    ("欣怡", "xinyi"),
    ("梓涵", "zihan"),
    ("宇航", "yuhang"),
    ("佳怡", "jiayi"),
    ("思雨", "siyu"),
    ("晓明", "xiaoming"),
    ("雪", "xue"),
    ("俊杰", "junjie"),
    ("一鸣", "yiming"),
];
pub const TW_FAMILY: &[(&str, &str)] = &[
    ("陳", "chen"),
    ("林", "lin"),
    ("黃", "huang"),
    ("張", "chang"),
    ("李", "lee"),
    ("王", "wang"),
    ("吳", "wu"),
    ("劉", "liu"),
    ("蔡", "tsai"),
    ("楊", "yang"),
    ("許", "hsu"),
    ("鄭", "cheng"),
    ("謝", "hsieh"),
    ("郭", "kuo"),
    ("洪", "hung"),
];
pub const TW_GIVEN: &[(&str, &str)] = &[
    ("怡君", "yichun"),
    ("雅婷", "yating"),
    ("家豪", "chiahao"),
    ("志明", "chihming"),
    ("冠宇", "kuanyu"),
    ("淑芬", "shufen"),
    ("宗翰", "tsunghan"),
    ("詩涵", "shihhan"),
    ("俊傑", "chunchieh"),
    ("美玲", "meiling"),
    ("承恩", "chengen"),
    ("佳穎", "chiaying"),
];
pub const HK_FAMILY: &[(&str, &str)] = &[
    ("陳", "chan"),
    ("黃", "wong"),
    ("李", "lee"),
    ("張", "cheung"),
    ("梁", "leung"),
    ("林", "lam"),
    ("何", "ho"),
    ("吳", "ng"),
    ("劉", "lau"),
    ("鄭", "cheng"),
];
pub const HK_GIVEN: &[(&str, &str)] = &[
    ("嘉欣", "kayan"),
    ("偉倫", "wailun"),
    ("詠琪", "wingkei"),
    ("家明", "kaming"),
    ("凱婷", "hoiting"),
    ("志強", "chikeung"),
    ("美儀", "meiyee"),
    ("俊傑", "chunkit"),
];
/// English names Hong Kong customers often use online.
pub const HK_ENGLISH: &[&str] = &[
    "kelly", "jason", "karen", "ivan", "winnie", "calvin", "joyce", "kenneth", "cherry",
];

pub const EMAIL_DOMAINS: &[&str] = &[
    "example.com",
    "example.net",
    "example.org",
    "mail.example.com",
];
