-- Generated from transfer.sql by bench/bench.py: transfers sharing one transaction.
\set src_0 random(1, :users)
\set dst_0 random(1, :users - 1)
\if :dst_0 >= :src_0
\set dst_0 :dst_0 + 1
\endif
\set src_acct_0 2 * :src_0 + 1
\set dst_acct_0 2 * :dst_0 + 1
\set src_1 random(1, :users)
\set dst_1 random(1, :users - 1)
\if :dst_1 >= :src_1
\set dst_1 :dst_1 + 1
\endif
\set src_acct_1 2 * :src_1 + 1
\set dst_acct_1 2 * :dst_1 + 1
\set src_2 random(1, :users)
\set dst_2 random(1, :users - 1)
\if :dst_2 >= :src_2
\set dst_2 :dst_2 + 1
\endif
\set src_acct_2 2 * :src_2 + 1
\set dst_acct_2 2 * :dst_2 + 1
\set src_3 random(1, :users)
\set dst_3 random(1, :users - 1)
\if :dst_3 >= :src_3
\set dst_3 :dst_3 + 1
\endif
\set src_acct_3 2 * :src_3 + 1
\set dst_acct_3 2 * :dst_3 + 1
\set src_4 random(1, :users)
\set dst_4 random(1, :users - 1)
\if :dst_4 >= :src_4
\set dst_4 :dst_4 + 1
\endif
\set src_acct_4 2 * :src_4 + 1
\set dst_acct_4 2 * :dst_4 + 1
\set src_5 random(1, :users)
\set dst_5 random(1, :users - 1)
\if :dst_5 >= :src_5
\set dst_5 :dst_5 + 1
\endif
\set src_acct_5 2 * :src_5 + 1
\set dst_acct_5 2 * :dst_5 + 1
\set src_6 random(1, :users)
\set dst_6 random(1, :users - 1)
\if :dst_6 >= :src_6
\set dst_6 :dst_6 + 1
\endif
\set src_acct_6 2 * :src_6 + 1
\set dst_acct_6 2 * :dst_6 + 1
\set src_7 random(1, :users)
\set dst_7 random(1, :users - 1)
\if :dst_7 >= :src_7
\set dst_7 :dst_7 + 1
\endif
\set src_acct_7 2 * :src_7 + 1
\set dst_acct_7 2 * :dst_7 + 1
\set src_8 random(1, :users)
\set dst_8 random(1, :users - 1)
\if :dst_8 >= :src_8
\set dst_8 :dst_8 + 1
\endif
\set src_acct_8 2 * :src_8 + 1
\set dst_acct_8 2 * :dst_8 + 1
\set src_9 random(1, :users)
\set dst_9 random(1, :users - 1)
\if :dst_9 >= :src_9
\set dst_9 :dst_9 + 1
\endif
\set src_acct_9 2 * :src_9 + 1
\set dst_acct_9 2 * :dst_9 + 1
\set src_10 random(1, :users)
\set dst_10 random(1, :users - 1)
\if :dst_10 >= :src_10
\set dst_10 :dst_10 + 1
\endif
\set src_acct_10 2 * :src_10 + 1
\set dst_acct_10 2 * :dst_10 + 1
\set src_11 random(1, :users)
\set dst_11 random(1, :users - 1)
\if :dst_11 >= :src_11
\set dst_11 :dst_11 + 1
\endif
\set src_acct_11 2 * :src_11 + 1
\set dst_acct_11 2 * :dst_11 + 1
\set src_12 random(1, :users)
\set dst_12 random(1, :users - 1)
\if :dst_12 >= :src_12
\set dst_12 :dst_12 + 1
\endif
\set src_acct_12 2 * :src_12 + 1
\set dst_acct_12 2 * :dst_12 + 1
\set src_13 random(1, :users)
\set dst_13 random(1, :users - 1)
\if :dst_13 >= :src_13
\set dst_13 :dst_13 + 1
\endif
\set src_acct_13 2 * :src_13 + 1
\set dst_acct_13 2 * :dst_13 + 1
\set src_14 random(1, :users)
\set dst_14 random(1, :users - 1)
\if :dst_14 >= :src_14
\set dst_14 :dst_14 + 1
\endif
\set src_acct_14 2 * :src_14 + 1
\set dst_acct_14 2 * :dst_14 + 1
\set src_15 random(1, :users)
\set dst_15 random(1, :users - 1)
\if :dst_15 >= :src_15
\set dst_15 :dst_15 + 1
\endif
\set src_acct_15 2 * :src_15 + 1
\set dst_acct_15 2 * :dst_15 + 1
\set src_16 random(1, :users)
\set dst_16 random(1, :users - 1)
\if :dst_16 >= :src_16
\set dst_16 :dst_16 + 1
\endif
\set src_acct_16 2 * :src_16 + 1
\set dst_acct_16 2 * :dst_16 + 1
\set src_17 random(1, :users)
\set dst_17 random(1, :users - 1)
\if :dst_17 >= :src_17
\set dst_17 :dst_17 + 1
\endif
\set src_acct_17 2 * :src_17 + 1
\set dst_acct_17 2 * :dst_17 + 1
\set src_18 random(1, :users)
\set dst_18 random(1, :users - 1)
\if :dst_18 >= :src_18
\set dst_18 :dst_18 + 1
\endif
\set src_acct_18 2 * :src_18 + 1
\set dst_acct_18 2 * :dst_18 + 1
\set src_19 random(1, :users)
\set dst_19 random(1, :users - 1)
\if :dst_19 >= :src_19
\set dst_19 :dst_19 + 1
\endif
\set src_acct_19 2 * :src_19 + 1
\set dst_acct_19 2 * :dst_19 + 1
\set src_20 random(1, :users)
\set dst_20 random(1, :users - 1)
\if :dst_20 >= :src_20
\set dst_20 :dst_20 + 1
\endif
\set src_acct_20 2 * :src_20 + 1
\set dst_acct_20 2 * :dst_20 + 1
\set src_21 random(1, :users)
\set dst_21 random(1, :users - 1)
\if :dst_21 >= :src_21
\set dst_21 :dst_21 + 1
\endif
\set src_acct_21 2 * :src_21 + 1
\set dst_acct_21 2 * :dst_21 + 1
\set src_22 random(1, :users)
\set dst_22 random(1, :users - 1)
\if :dst_22 >= :src_22
\set dst_22 :dst_22 + 1
\endif
\set src_acct_22 2 * :src_22 + 1
\set dst_acct_22 2 * :dst_22 + 1
\set src_23 random(1, :users)
\set dst_23 random(1, :users - 1)
\if :dst_23 >= :src_23
\set dst_23 :dst_23 + 1
\endif
\set src_acct_23 2 * :src_23 + 1
\set dst_acct_23 2 * :dst_23 + 1
\set src_24 random(1, :users)
\set dst_24 random(1, :users - 1)
\if :dst_24 >= :src_24
\set dst_24 :dst_24 + 1
\endif
\set src_acct_24 2 * :src_24 + 1
\set dst_acct_24 2 * :dst_24 + 1
\set src_25 random(1, :users)
\set dst_25 random(1, :users - 1)
\if :dst_25 >= :src_25
\set dst_25 :dst_25 + 1
\endif
\set src_acct_25 2 * :src_25 + 1
\set dst_acct_25 2 * :dst_25 + 1
\set src_26 random(1, :users)
\set dst_26 random(1, :users - 1)
\if :dst_26 >= :src_26
\set dst_26 :dst_26 + 1
\endif
\set src_acct_26 2 * :src_26 + 1
\set dst_acct_26 2 * :dst_26 + 1
\set src_27 random(1, :users)
\set dst_27 random(1, :users - 1)
\if :dst_27 >= :src_27
\set dst_27 :dst_27 + 1
\endif
\set src_acct_27 2 * :src_27 + 1
\set dst_acct_27 2 * :dst_27 + 1
\set src_28 random(1, :users)
\set dst_28 random(1, :users - 1)
\if :dst_28 >= :src_28
\set dst_28 :dst_28 + 1
\endif
\set src_acct_28 2 * :src_28 + 1
\set dst_acct_28 2 * :dst_28 + 1
\set src_29 random(1, :users)
\set dst_29 random(1, :users - 1)
\if :dst_29 >= :src_29
\set dst_29 :dst_29 + 1
\endif
\set src_acct_29 2 * :src_29 + 1
\set dst_acct_29 2 * :dst_29 + 1
\set src_30 random(1, :users)
\set dst_30 random(1, :users - 1)
\if :dst_30 >= :src_30
\set dst_30 :dst_30 + 1
\endif
\set src_acct_30 2 * :src_30 + 1
\set dst_acct_30 2 * :dst_30 + 1
\set src_31 random(1, :users)
\set dst_31 random(1, :users - 1)
\if :dst_31 >= :src_31
\set dst_31 :dst_31 + 1
\endif
\set src_acct_31 2 * :src_31 + 1
\set dst_acct_31 2 * :dst_31 + 1
\set src_32 random(1, :users)
\set dst_32 random(1, :users - 1)
\if :dst_32 >= :src_32
\set dst_32 :dst_32 + 1
\endif
\set src_acct_32 2 * :src_32 + 1
\set dst_acct_32 2 * :dst_32 + 1
\set src_33 random(1, :users)
\set dst_33 random(1, :users - 1)
\if :dst_33 >= :src_33
\set dst_33 :dst_33 + 1
\endif
\set src_acct_33 2 * :src_33 + 1
\set dst_acct_33 2 * :dst_33 + 1
\set src_34 random(1, :users)
\set dst_34 random(1, :users - 1)
\if :dst_34 >= :src_34
\set dst_34 :dst_34 + 1
\endif
\set src_acct_34 2 * :src_34 + 1
\set dst_acct_34 2 * :dst_34 + 1
\set src_35 random(1, :users)
\set dst_35 random(1, :users - 1)
\if :dst_35 >= :src_35
\set dst_35 :dst_35 + 1
\endif
\set src_acct_35 2 * :src_35 + 1
\set dst_acct_35 2 * :dst_35 + 1
\set src_36 random(1, :users)
\set dst_36 random(1, :users - 1)
\if :dst_36 >= :src_36
\set dst_36 :dst_36 + 1
\endif
\set src_acct_36 2 * :src_36 + 1
\set dst_acct_36 2 * :dst_36 + 1
\set src_37 random(1, :users)
\set dst_37 random(1, :users - 1)
\if :dst_37 >= :src_37
\set dst_37 :dst_37 + 1
\endif
\set src_acct_37 2 * :src_37 + 1
\set dst_acct_37 2 * :dst_37 + 1
\set src_38 random(1, :users)
\set dst_38 random(1, :users - 1)
\if :dst_38 >= :src_38
\set dst_38 :dst_38 + 1
\endif
\set src_acct_38 2 * :src_38 + 1
\set dst_acct_38 2 * :dst_38 + 1
\set src_39 random(1, :users)
\set dst_39 random(1, :users - 1)
\if :dst_39 >= :src_39
\set dst_39 :dst_39 + 1
\endif
\set src_acct_39 2 * :src_39 + 1
\set dst_acct_39 2 * :dst_39 + 1
\set src_40 random(1, :users)
\set dst_40 random(1, :users - 1)
\if :dst_40 >= :src_40
\set dst_40 :dst_40 + 1
\endif
\set src_acct_40 2 * :src_40 + 1
\set dst_acct_40 2 * :dst_40 + 1
\set src_41 random(1, :users)
\set dst_41 random(1, :users - 1)
\if :dst_41 >= :src_41
\set dst_41 :dst_41 + 1
\endif
\set src_acct_41 2 * :src_41 + 1
\set dst_acct_41 2 * :dst_41 + 1
\set src_42 random(1, :users)
\set dst_42 random(1, :users - 1)
\if :dst_42 >= :src_42
\set dst_42 :dst_42 + 1
\endif
\set src_acct_42 2 * :src_42 + 1
\set dst_acct_42 2 * :dst_42 + 1
\set src_43 random(1, :users)
\set dst_43 random(1, :users - 1)
\if :dst_43 >= :src_43
\set dst_43 :dst_43 + 1
\endif
\set src_acct_43 2 * :src_43 + 1
\set dst_acct_43 2 * :dst_43 + 1
\set src_44 random(1, :users)
\set dst_44 random(1, :users - 1)
\if :dst_44 >= :src_44
\set dst_44 :dst_44 + 1
\endif
\set src_acct_44 2 * :src_44 + 1
\set dst_acct_44 2 * :dst_44 + 1
\set src_45 random(1, :users)
\set dst_45 random(1, :users - 1)
\if :dst_45 >= :src_45
\set dst_45 :dst_45 + 1
\endif
\set src_acct_45 2 * :src_45 + 1
\set dst_acct_45 2 * :dst_45 + 1
\set src_46 random(1, :users)
\set dst_46 random(1, :users - 1)
\if :dst_46 >= :src_46
\set dst_46 :dst_46 + 1
\endif
\set src_acct_46 2 * :src_46 + 1
\set dst_acct_46 2 * :dst_46 + 1
\set src_47 random(1, :users)
\set dst_47 random(1, :users - 1)
\if :dst_47 >= :src_47
\set dst_47 :dst_47 + 1
\endif
\set src_acct_47 2 * :src_47 + 1
\set dst_acct_47 2 * :dst_47 + 1
\set src_48 random(1, :users)
\set dst_48 random(1, :users - 1)
\if :dst_48 >= :src_48
\set dst_48 :dst_48 + 1
\endif
\set src_acct_48 2 * :src_48 + 1
\set dst_acct_48 2 * :dst_48 + 1
\set src_49 random(1, :users)
\set dst_49 random(1, :users - 1)
\if :dst_49 >= :src_49
\set dst_49 :dst_49 + 1
\endif
\set src_acct_49 2 * :src_49 + 1
\set dst_acct_49 2 * :dst_49 + 1
\set src_50 random(1, :users)
\set dst_50 random(1, :users - 1)
\if :dst_50 >= :src_50
\set dst_50 :dst_50 + 1
\endif
\set src_acct_50 2 * :src_50 + 1
\set dst_acct_50 2 * :dst_50 + 1
\set src_51 random(1, :users)
\set dst_51 random(1, :users - 1)
\if :dst_51 >= :src_51
\set dst_51 :dst_51 + 1
\endif
\set src_acct_51 2 * :src_51 + 1
\set dst_acct_51 2 * :dst_51 + 1
\set src_52 random(1, :users)
\set dst_52 random(1, :users - 1)
\if :dst_52 >= :src_52
\set dst_52 :dst_52 + 1
\endif
\set src_acct_52 2 * :src_52 + 1
\set dst_acct_52 2 * :dst_52 + 1
\set src_53 random(1, :users)
\set dst_53 random(1, :users - 1)
\if :dst_53 >= :src_53
\set dst_53 :dst_53 + 1
\endif
\set src_acct_53 2 * :src_53 + 1
\set dst_acct_53 2 * :dst_53 + 1
\set src_54 random(1, :users)
\set dst_54 random(1, :users - 1)
\if :dst_54 >= :src_54
\set dst_54 :dst_54 + 1
\endif
\set src_acct_54 2 * :src_54 + 1
\set dst_acct_54 2 * :dst_54 + 1
\set src_55 random(1, :users)
\set dst_55 random(1, :users - 1)
\if :dst_55 >= :src_55
\set dst_55 :dst_55 + 1
\endif
\set src_acct_55 2 * :src_55 + 1
\set dst_acct_55 2 * :dst_55 + 1
\set src_56 random(1, :users)
\set dst_56 random(1, :users - 1)
\if :dst_56 >= :src_56
\set dst_56 :dst_56 + 1
\endif
\set src_acct_56 2 * :src_56 + 1
\set dst_acct_56 2 * :dst_56 + 1
\set src_57 random(1, :users)
\set dst_57 random(1, :users - 1)
\if :dst_57 >= :src_57
\set dst_57 :dst_57 + 1
\endif
\set src_acct_57 2 * :src_57 + 1
\set dst_acct_57 2 * :dst_57 + 1
\set src_58 random(1, :users)
\set dst_58 random(1, :users - 1)
\if :dst_58 >= :src_58
\set dst_58 :dst_58 + 1
\endif
\set src_acct_58 2 * :src_58 + 1
\set dst_acct_58 2 * :dst_58 + 1
\set src_59 random(1, :users)
\set dst_59 random(1, :users - 1)
\if :dst_59 >= :src_59
\set dst_59 :dst_59 + 1
\endif
\set src_acct_59 2 * :src_59 + 1
\set dst_acct_59 2 * :dst_59 + 1
\set src_60 random(1, :users)
\set dst_60 random(1, :users - 1)
\if :dst_60 >= :src_60
\set dst_60 :dst_60 + 1
\endif
\set src_acct_60 2 * :src_60 + 1
\set dst_acct_60 2 * :dst_60 + 1
\set src_61 random(1, :users)
\set dst_61 random(1, :users - 1)
\if :dst_61 >= :src_61
\set dst_61 :dst_61 + 1
\endif
\set src_acct_61 2 * :src_61 + 1
\set dst_acct_61 2 * :dst_61 + 1
\set src_62 random(1, :users)
\set dst_62 random(1, :users - 1)
\if :dst_62 >= :src_62
\set dst_62 :dst_62 + 1
\endif
\set src_acct_62 2 * :src_62 + 1
\set dst_acct_62 2 * :dst_62 + 1
\set src_63 random(1, :users)
\set dst_63 random(1, :users - 1)
\if :dst_63 >= :src_63
\set dst_63 :dst_63 + 1
\endif
\set src_acct_63 2 * :src_63 + 1
\set dst_acct_63 2 * :dst_63 + 1
\set src_64 random(1, :users)
\set dst_64 random(1, :users - 1)
\if :dst_64 >= :src_64
\set dst_64 :dst_64 + 1
\endif
\set src_acct_64 2 * :src_64 + 1
\set dst_acct_64 2 * :dst_64 + 1
\set src_65 random(1, :users)
\set dst_65 random(1, :users - 1)
\if :dst_65 >= :src_65
\set dst_65 :dst_65 + 1
\endif
\set src_acct_65 2 * :src_65 + 1
\set dst_acct_65 2 * :dst_65 + 1
\set src_66 random(1, :users)
\set dst_66 random(1, :users - 1)
\if :dst_66 >= :src_66
\set dst_66 :dst_66 + 1
\endif
\set src_acct_66 2 * :src_66 + 1
\set dst_acct_66 2 * :dst_66 + 1
\set src_67 random(1, :users)
\set dst_67 random(1, :users - 1)
\if :dst_67 >= :src_67
\set dst_67 :dst_67 + 1
\endif
\set src_acct_67 2 * :src_67 + 1
\set dst_acct_67 2 * :dst_67 + 1
\set src_68 random(1, :users)
\set dst_68 random(1, :users - 1)
\if :dst_68 >= :src_68
\set dst_68 :dst_68 + 1
\endif
\set src_acct_68 2 * :src_68 + 1
\set dst_acct_68 2 * :dst_68 + 1
\set src_69 random(1, :users)
\set dst_69 random(1, :users - 1)
\if :dst_69 >= :src_69
\set dst_69 :dst_69 + 1
\endif
\set src_acct_69 2 * :src_69 + 1
\set dst_acct_69 2 * :dst_69 + 1
\set src_70 random(1, :users)
\set dst_70 random(1, :users - 1)
\if :dst_70 >= :src_70
\set dst_70 :dst_70 + 1
\endif
\set src_acct_70 2 * :src_70 + 1
\set dst_acct_70 2 * :dst_70 + 1
\set src_71 random(1, :users)
\set dst_71 random(1, :users - 1)
\if :dst_71 >= :src_71
\set dst_71 :dst_71 + 1
\endif
\set src_acct_71 2 * :src_71 + 1
\set dst_acct_71 2 * :dst_71 + 1
\set src_72 random(1, :users)
\set dst_72 random(1, :users - 1)
\if :dst_72 >= :src_72
\set dst_72 :dst_72 + 1
\endif
\set src_acct_72 2 * :src_72 + 1
\set dst_acct_72 2 * :dst_72 + 1
\set src_73 random(1, :users)
\set dst_73 random(1, :users - 1)
\if :dst_73 >= :src_73
\set dst_73 :dst_73 + 1
\endif
\set src_acct_73 2 * :src_73 + 1
\set dst_acct_73 2 * :dst_73 + 1
\set src_74 random(1, :users)
\set dst_74 random(1, :users - 1)
\if :dst_74 >= :src_74
\set dst_74 :dst_74 + 1
\endif
\set src_acct_74 2 * :src_74 + 1
\set dst_acct_74 2 * :dst_74 + 1
\set src_75 random(1, :users)
\set dst_75 random(1, :users - 1)
\if :dst_75 >= :src_75
\set dst_75 :dst_75 + 1
\endif
\set src_acct_75 2 * :src_75 + 1
\set dst_acct_75 2 * :dst_75 + 1
\set src_76 random(1, :users)
\set dst_76 random(1, :users - 1)
\if :dst_76 >= :src_76
\set dst_76 :dst_76 + 1
\endif
\set src_acct_76 2 * :src_76 + 1
\set dst_acct_76 2 * :dst_76 + 1
\set src_77 random(1, :users)
\set dst_77 random(1, :users - 1)
\if :dst_77 >= :src_77
\set dst_77 :dst_77 + 1
\endif
\set src_acct_77 2 * :src_77 + 1
\set dst_acct_77 2 * :dst_77 + 1
\set src_78 random(1, :users)
\set dst_78 random(1, :users - 1)
\if :dst_78 >= :src_78
\set dst_78 :dst_78 + 1
\endif
\set src_acct_78 2 * :src_78 + 1
\set dst_acct_78 2 * :dst_78 + 1
\set src_79 random(1, :users)
\set dst_79 random(1, :users - 1)
\if :dst_79 >= :src_79
\set dst_79 :dst_79 + 1
\endif
\set src_acct_79 2 * :src_79 + 1
\set dst_acct_79 2 * :dst_79 + 1
\set src_80 random(1, :users)
\set dst_80 random(1, :users - 1)
\if :dst_80 >= :src_80
\set dst_80 :dst_80 + 1
\endif
\set src_acct_80 2 * :src_80 + 1
\set dst_acct_80 2 * :dst_80 + 1
\set src_81 random(1, :users)
\set dst_81 random(1, :users - 1)
\if :dst_81 >= :src_81
\set dst_81 :dst_81 + 1
\endif
\set src_acct_81 2 * :src_81 + 1
\set dst_acct_81 2 * :dst_81 + 1
\set src_82 random(1, :users)
\set dst_82 random(1, :users - 1)
\if :dst_82 >= :src_82
\set dst_82 :dst_82 + 1
\endif
\set src_acct_82 2 * :src_82 + 1
\set dst_acct_82 2 * :dst_82 + 1
\set src_83 random(1, :users)
\set dst_83 random(1, :users - 1)
\if :dst_83 >= :src_83
\set dst_83 :dst_83 + 1
\endif
\set src_acct_83 2 * :src_83 + 1
\set dst_acct_83 2 * :dst_83 + 1
\set src_84 random(1, :users)
\set dst_84 random(1, :users - 1)
\if :dst_84 >= :src_84
\set dst_84 :dst_84 + 1
\endif
\set src_acct_84 2 * :src_84 + 1
\set dst_acct_84 2 * :dst_84 + 1
\set src_85 random(1, :users)
\set dst_85 random(1, :users - 1)
\if :dst_85 >= :src_85
\set dst_85 :dst_85 + 1
\endif
\set src_acct_85 2 * :src_85 + 1
\set dst_acct_85 2 * :dst_85 + 1
\set src_86 random(1, :users)
\set dst_86 random(1, :users - 1)
\if :dst_86 >= :src_86
\set dst_86 :dst_86 + 1
\endif
\set src_acct_86 2 * :src_86 + 1
\set dst_acct_86 2 * :dst_86 + 1
\set src_87 random(1, :users)
\set dst_87 random(1, :users - 1)
\if :dst_87 >= :src_87
\set dst_87 :dst_87 + 1
\endif
\set src_acct_87 2 * :src_87 + 1
\set dst_acct_87 2 * :dst_87 + 1
\set src_88 random(1, :users)
\set dst_88 random(1, :users - 1)
\if :dst_88 >= :src_88
\set dst_88 :dst_88 + 1
\endif
\set src_acct_88 2 * :src_88 + 1
\set dst_acct_88 2 * :dst_88 + 1
\set src_89 random(1, :users)
\set dst_89 random(1, :users - 1)
\if :dst_89 >= :src_89
\set dst_89 :dst_89 + 1
\endif
\set src_acct_89 2 * :src_89 + 1
\set dst_acct_89 2 * :dst_89 + 1
\set src_90 random(1, :users)
\set dst_90 random(1, :users - 1)
\if :dst_90 >= :src_90
\set dst_90 :dst_90 + 1
\endif
\set src_acct_90 2 * :src_90 + 1
\set dst_acct_90 2 * :dst_90 + 1
\set src_91 random(1, :users)
\set dst_91 random(1, :users - 1)
\if :dst_91 >= :src_91
\set dst_91 :dst_91 + 1
\endif
\set src_acct_91 2 * :src_91 + 1
\set dst_acct_91 2 * :dst_91 + 1
\set src_92 random(1, :users)
\set dst_92 random(1, :users - 1)
\if :dst_92 >= :src_92
\set dst_92 :dst_92 + 1
\endif
\set src_acct_92 2 * :src_92 + 1
\set dst_acct_92 2 * :dst_92 + 1
\set src_93 random(1, :users)
\set dst_93 random(1, :users - 1)
\if :dst_93 >= :src_93
\set dst_93 :dst_93 + 1
\endif
\set src_acct_93 2 * :src_93 + 1
\set dst_acct_93 2 * :dst_93 + 1
\set src_94 random(1, :users)
\set dst_94 random(1, :users - 1)
\if :dst_94 >= :src_94
\set dst_94 :dst_94 + 1
\endif
\set src_acct_94 2 * :src_94 + 1
\set dst_acct_94 2 * :dst_94 + 1
\set src_95 random(1, :users)
\set dst_95 random(1, :users - 1)
\if :dst_95 >= :src_95
\set dst_95 :dst_95 + 1
\endif
\set src_acct_95 2 * :src_95 + 1
\set dst_acct_95 2 * :dst_95 + 1
\set src_96 random(1, :users)
\set dst_96 random(1, :users - 1)
\if :dst_96 >= :src_96
\set dst_96 :dst_96 + 1
\endif
\set src_acct_96 2 * :src_96 + 1
\set dst_acct_96 2 * :dst_96 + 1
\set src_97 random(1, :users)
\set dst_97 random(1, :users - 1)
\if :dst_97 >= :src_97
\set dst_97 :dst_97 + 1
\endif
\set src_acct_97 2 * :src_97 + 1
\set dst_acct_97 2 * :dst_97 + 1
\set src_98 random(1, :users)
\set dst_98 random(1, :users - 1)
\if :dst_98 >= :src_98
\set dst_98 :dst_98 + 1
\endif
\set src_acct_98 2 * :src_98 + 1
\set dst_acct_98 2 * :dst_98 + 1
\set src_99 random(1, :users)
\set dst_99 random(1, :users - 1)
\if :dst_99 >= :src_99
\set dst_99 :dst_99 + 1
\endif
\set src_acct_99 2 * :src_99 + 1
\set dst_acct_99 2 * :dst_99 + 1
BEGIN;
SELECT "id" FROM "ledger_account" WHERE "user_id" IN (:src_0, :dst_0, :src_1, :dst_1, :src_2, :dst_2, :src_3, :dst_3, :src_4, :dst_4, :src_5, :dst_5, :src_6, :dst_6, :src_7, :dst_7, :src_8, :dst_8, :src_9, :dst_9, :src_10, :dst_10, :src_11, :dst_11, :src_12, :dst_12, :src_13, :dst_13, :src_14, :dst_14, :src_15, :dst_15, :src_16, :dst_16, :src_17, :dst_17, :src_18, :dst_18, :src_19, :dst_19, :src_20, :dst_20, :src_21, :dst_21, :src_22, :dst_22, :src_23, :dst_23, :src_24, :dst_24, :src_25, :dst_25, :src_26, :dst_26, :src_27, :dst_27, :src_28, :dst_28, :src_29, :dst_29, :src_30, :dst_30, :src_31, :dst_31, :src_32, :dst_32, :src_33, :dst_33, :src_34, :dst_34, :src_35, :dst_35, :src_36, :dst_36, :src_37, :dst_37, :src_38, :dst_38, :src_39, :dst_39, :src_40, :dst_40, :src_41, :dst_41, :src_42, :dst_42, :src_43, :dst_43, :src_44, :dst_44, :src_45, :dst_45, :src_46, :dst_46, :src_47, :dst_47, :src_48, :dst_48, :src_49, :dst_49, :src_50, :dst_50, :src_51, :dst_51, :src_52, :dst_52, :src_53, :dst_53, :src_54, :dst_54, :src_55, :dst_55, :src_56, :dst_56, :src_57, :dst_57, :src_58, :dst_58, :src_59, :dst_59, :src_60, :dst_60, :src_61, :dst_61, :src_62, :dst_62, :src_63, :dst_63, :src_64, :dst_64, :src_65, :dst_65, :src_66, :dst_66, :src_67, :dst_67, :src_68, :dst_68, :src_69, :dst_69, :src_70, :dst_70, :src_71, :dst_71, :src_72, :dst_72, :src_73, :dst_73, :src_74, :dst_74, :src_75, :dst_75, :src_76, :dst_76, :src_77, :dst_77, :src_78, :dst_78, :src_79, :dst_79, :src_80, :dst_80, :src_81, :dst_81, :src_82, :dst_82, :src_83, :dst_83, :src_84, :dst_84, :src_85, :dst_85, :src_86, :dst_86, :src_87, :dst_87, :src_88, :dst_88, :src_89, :dst_89, :src_90, :dst_90, :src_91, :dst_91, :src_92, :dst_92, :src_93, :dst_93, :src_94, :dst_94, :src_95, :dst_95, :src_96, :dst_96, :src_97, :dst_97, :src_98, :dst_98, :src_99, :dst_99) ORDER BY "id" FOR NO KEY UPDATE;
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_0, :dst_0) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_0, :dst_0, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_0_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_0,:txn_id_0}'::int4[])::bigint[], ('{:src_acct_0,:dst_acct_0}'::int2[])::bigint[], ('{:src_0,:dst_0}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_0) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_0) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_0, :dst_acct_0);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_1, :dst_1) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_1, :dst_1, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_1_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_1,:txn_id_1}'::int4[])::bigint[], ('{:src_acct_1,:dst_acct_1}'::int2[])::bigint[], ('{:src_1,:dst_1}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_1) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_1) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_1, :dst_acct_1);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_2, :dst_2) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_2, :dst_2, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_2_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_2,:txn_id_2}'::int4[])::bigint[], ('{:src_acct_2,:dst_acct_2}'::int2[])::bigint[], ('{:src_2,:dst_2}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_2) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_2) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_2, :dst_acct_2);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_3, :dst_3) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_3, :dst_3, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_3_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_3,:txn_id_3}'::int4[])::bigint[], ('{:src_acct_3,:dst_acct_3}'::int2[])::bigint[], ('{:src_3,:dst_3}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_3) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_3) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_3, :dst_acct_3);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_4, :dst_4) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_4, :dst_4, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_4_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_4,:txn_id_4}'::int4[])::bigint[], ('{:src_acct_4,:dst_acct_4}'::int2[])::bigint[], ('{:src_4,:dst_4}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_4) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_4) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_4, :dst_acct_4);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_5, :dst_5) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_5, :dst_5, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_5_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_5,:txn_id_5}'::int4[])::bigint[], ('{:src_acct_5,:dst_acct_5}'::int2[])::bigint[], ('{:src_5,:dst_5}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_5) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_5) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_5, :dst_acct_5);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_6, :dst_6) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_6, :dst_6, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_6_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_6,:txn_id_6}'::int4[])::bigint[], ('{:src_acct_6,:dst_acct_6}'::int2[])::bigint[], ('{:src_6,:dst_6}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_6) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_6) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_6, :dst_acct_6);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_7, :dst_7) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_7, :dst_7, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_7_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_7,:txn_id_7}'::int4[])::bigint[], ('{:src_acct_7,:dst_acct_7}'::int2[])::bigint[], ('{:src_7,:dst_7}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_7) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_7) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_7, :dst_acct_7);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_8, :dst_8) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_8, :dst_8, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_8_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_8,:txn_id_8}'::int4[])::bigint[], ('{:src_acct_8,:dst_acct_8}'::int2[])::bigint[], ('{:src_8,:dst_8}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_8) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_8) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_8, :dst_acct_8);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_9, :dst_9) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_9, :dst_9, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_9_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_9,:txn_id_9}'::int4[])::bigint[], ('{:src_acct_9,:dst_acct_9}'::int2[])::bigint[], ('{:src_9,:dst_9}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_9) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_9) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_9, :dst_acct_9);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_10, :dst_10) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_10, :dst_10, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_10_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_10,:txn_id_10}'::int4[])::bigint[], ('{:src_acct_10,:dst_acct_10}'::int2[])::bigint[], ('{:src_10,:dst_10}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_10) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_10) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_10, :dst_acct_10);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_11, :dst_11) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_11, :dst_11, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_11_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_11,:txn_id_11}'::int4[])::bigint[], ('{:src_acct_11,:dst_acct_11}'::int2[])::bigint[], ('{:src_11,:dst_11}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_11) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_11) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_11, :dst_acct_11);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_12, :dst_12) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_12, :dst_12, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_12_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_12,:txn_id_12}'::int4[])::bigint[], ('{:src_acct_12,:dst_acct_12}'::int2[])::bigint[], ('{:src_12,:dst_12}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_12) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_12) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_12, :dst_acct_12);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_13, :dst_13) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_13, :dst_13, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_13_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_13,:txn_id_13}'::int4[])::bigint[], ('{:src_acct_13,:dst_acct_13}'::int2[])::bigint[], ('{:src_13,:dst_13}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_13) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_13) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_13, :dst_acct_13);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_14, :dst_14) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_14, :dst_14, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_14_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_14,:txn_id_14}'::int4[])::bigint[], ('{:src_acct_14,:dst_acct_14}'::int2[])::bigint[], ('{:src_14,:dst_14}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_14) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_14) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_14, :dst_acct_14);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_15, :dst_15) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_15, :dst_15, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_15_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_15,:txn_id_15}'::int4[])::bigint[], ('{:src_acct_15,:dst_acct_15}'::int2[])::bigint[], ('{:src_15,:dst_15}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_15) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_15) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_15, :dst_acct_15);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_16, :dst_16) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_16, :dst_16, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_16_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_16,:txn_id_16}'::int4[])::bigint[], ('{:src_acct_16,:dst_acct_16}'::int2[])::bigint[], ('{:src_16,:dst_16}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_16) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_16) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_16, :dst_acct_16);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_17, :dst_17) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_17, :dst_17, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_17_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_17,:txn_id_17}'::int4[])::bigint[], ('{:src_acct_17,:dst_acct_17}'::int2[])::bigint[], ('{:src_17,:dst_17}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_17) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_17) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_17, :dst_acct_17);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_18, :dst_18) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_18, :dst_18, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_18_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_18,:txn_id_18}'::int4[])::bigint[], ('{:src_acct_18,:dst_acct_18}'::int2[])::bigint[], ('{:src_18,:dst_18}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_18) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_18) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_18, :dst_acct_18);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_19, :dst_19) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_19, :dst_19, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_19_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_19,:txn_id_19}'::int4[])::bigint[], ('{:src_acct_19,:dst_acct_19}'::int2[])::bigint[], ('{:src_19,:dst_19}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_19) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_19) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_19, :dst_acct_19);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_20, :dst_20) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_20, :dst_20, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_20_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_20,:txn_id_20}'::int4[])::bigint[], ('{:src_acct_20,:dst_acct_20}'::int2[])::bigint[], ('{:src_20,:dst_20}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_20) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_20) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_20, :dst_acct_20);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_21, :dst_21) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_21, :dst_21, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_21_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_21,:txn_id_21}'::int4[])::bigint[], ('{:src_acct_21,:dst_acct_21}'::int2[])::bigint[], ('{:src_21,:dst_21}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_21) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_21) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_21, :dst_acct_21);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_22, :dst_22) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_22, :dst_22, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_22_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_22,:txn_id_22}'::int4[])::bigint[], ('{:src_acct_22,:dst_acct_22}'::int2[])::bigint[], ('{:src_22,:dst_22}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_22) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_22) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_22, :dst_acct_22);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_23, :dst_23) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_23, :dst_23, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_23_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_23,:txn_id_23}'::int4[])::bigint[], ('{:src_acct_23,:dst_acct_23}'::int2[])::bigint[], ('{:src_23,:dst_23}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_23) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_23) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_23, :dst_acct_23);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_24, :dst_24) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_24, :dst_24, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_24_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_24,:txn_id_24}'::int4[])::bigint[], ('{:src_acct_24,:dst_acct_24}'::int2[])::bigint[], ('{:src_24,:dst_24}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_24) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_24) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_24, :dst_acct_24);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_25, :dst_25) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_25, :dst_25, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_25_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_25,:txn_id_25}'::int4[])::bigint[], ('{:src_acct_25,:dst_acct_25}'::int2[])::bigint[], ('{:src_25,:dst_25}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_25) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_25) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_25, :dst_acct_25);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_26, :dst_26) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_26, :dst_26, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_26_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_26,:txn_id_26}'::int4[])::bigint[], ('{:src_acct_26,:dst_acct_26}'::int2[])::bigint[], ('{:src_26,:dst_26}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_26) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_26) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_26, :dst_acct_26);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_27, :dst_27) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_27, :dst_27, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_27_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_27,:txn_id_27}'::int4[])::bigint[], ('{:src_acct_27,:dst_acct_27}'::int2[])::bigint[], ('{:src_27,:dst_27}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_27) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_27) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_27, :dst_acct_27);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_28, :dst_28) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_28, :dst_28, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_28_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_28,:txn_id_28}'::int4[])::bigint[], ('{:src_acct_28,:dst_acct_28}'::int2[])::bigint[], ('{:src_28,:dst_28}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_28) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_28) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_28, :dst_acct_28);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_29, :dst_29) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_29, :dst_29, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_29_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_29,:txn_id_29}'::int4[])::bigint[], ('{:src_acct_29,:dst_acct_29}'::int2[])::bigint[], ('{:src_29,:dst_29}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_29) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_29) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_29, :dst_acct_29);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_30, :dst_30) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_30, :dst_30, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_30_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_30,:txn_id_30}'::int4[])::bigint[], ('{:src_acct_30,:dst_acct_30}'::int2[])::bigint[], ('{:src_30,:dst_30}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_30) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_30) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_30, :dst_acct_30);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_31, :dst_31) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_31, :dst_31, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_31_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_31,:txn_id_31}'::int4[])::bigint[], ('{:src_acct_31,:dst_acct_31}'::int2[])::bigint[], ('{:src_31,:dst_31}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_31) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_31) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_31, :dst_acct_31);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_32, :dst_32) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_32, :dst_32, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_32_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_32,:txn_id_32}'::int4[])::bigint[], ('{:src_acct_32,:dst_acct_32}'::int2[])::bigint[], ('{:src_32,:dst_32}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_32) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_32) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_32, :dst_acct_32);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_33, :dst_33) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_33, :dst_33, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_33_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_33,:txn_id_33}'::int4[])::bigint[], ('{:src_acct_33,:dst_acct_33}'::int2[])::bigint[], ('{:src_33,:dst_33}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_33) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_33) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_33, :dst_acct_33);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_34, :dst_34) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_34, :dst_34, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_34_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_34,:txn_id_34}'::int4[])::bigint[], ('{:src_acct_34,:dst_acct_34}'::int2[])::bigint[], ('{:src_34,:dst_34}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_34) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_34) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_34, :dst_acct_34);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_35, :dst_35) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_35, :dst_35, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_35_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_35,:txn_id_35}'::int4[])::bigint[], ('{:src_acct_35,:dst_acct_35}'::int2[])::bigint[], ('{:src_35,:dst_35}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_35) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_35) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_35, :dst_acct_35);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_36, :dst_36) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_36, :dst_36, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_36_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_36,:txn_id_36}'::int4[])::bigint[], ('{:src_acct_36,:dst_acct_36}'::int2[])::bigint[], ('{:src_36,:dst_36}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_36) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_36) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_36, :dst_acct_36);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_37, :dst_37) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_37, :dst_37, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_37_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_37,:txn_id_37}'::int4[])::bigint[], ('{:src_acct_37,:dst_acct_37}'::int2[])::bigint[], ('{:src_37,:dst_37}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_37) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_37) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_37, :dst_acct_37);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_38, :dst_38) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_38, :dst_38, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_38_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_38,:txn_id_38}'::int4[])::bigint[], ('{:src_acct_38,:dst_acct_38}'::int2[])::bigint[], ('{:src_38,:dst_38}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_38) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_38) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_38, :dst_acct_38);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_39, :dst_39) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_39, :dst_39, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_39_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_39,:txn_id_39}'::int4[])::bigint[], ('{:src_acct_39,:dst_acct_39}'::int2[])::bigint[], ('{:src_39,:dst_39}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_39) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_39) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_39, :dst_acct_39);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_40, :dst_40) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_40, :dst_40, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_40_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_40,:txn_id_40}'::int4[])::bigint[], ('{:src_acct_40,:dst_acct_40}'::int2[])::bigint[], ('{:src_40,:dst_40}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_40) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_40) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_40, :dst_acct_40);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_41, :dst_41) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_41, :dst_41, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_41_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_41,:txn_id_41}'::int4[])::bigint[], ('{:src_acct_41,:dst_acct_41}'::int2[])::bigint[], ('{:src_41,:dst_41}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_41) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_41) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_41, :dst_acct_41);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_42, :dst_42) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_42, :dst_42, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_42_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_42,:txn_id_42}'::int4[])::bigint[], ('{:src_acct_42,:dst_acct_42}'::int2[])::bigint[], ('{:src_42,:dst_42}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_42) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_42) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_42, :dst_acct_42);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_43, :dst_43) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_43, :dst_43, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_43_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_43,:txn_id_43}'::int4[])::bigint[], ('{:src_acct_43,:dst_acct_43}'::int2[])::bigint[], ('{:src_43,:dst_43}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_43) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_43) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_43, :dst_acct_43);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_44, :dst_44) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_44, :dst_44, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_44_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_44,:txn_id_44}'::int4[])::bigint[], ('{:src_acct_44,:dst_acct_44}'::int2[])::bigint[], ('{:src_44,:dst_44}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_44) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_44) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_44, :dst_acct_44);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_45, :dst_45) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_45, :dst_45, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_45_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_45,:txn_id_45}'::int4[])::bigint[], ('{:src_acct_45,:dst_acct_45}'::int2[])::bigint[], ('{:src_45,:dst_45}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_45) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_45) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_45, :dst_acct_45);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_46, :dst_46) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_46, :dst_46, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_46_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_46,:txn_id_46}'::int4[])::bigint[], ('{:src_acct_46,:dst_acct_46}'::int2[])::bigint[], ('{:src_46,:dst_46}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_46) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_46) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_46, :dst_acct_46);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_47, :dst_47) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_47, :dst_47, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_47_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_47,:txn_id_47}'::int4[])::bigint[], ('{:src_acct_47,:dst_acct_47}'::int2[])::bigint[], ('{:src_47,:dst_47}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_47) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_47) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_47, :dst_acct_47);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_48, :dst_48) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_48, :dst_48, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_48_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_48,:txn_id_48}'::int4[])::bigint[], ('{:src_acct_48,:dst_acct_48}'::int2[])::bigint[], ('{:src_48,:dst_48}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_48) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_48) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_48, :dst_acct_48);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_49, :dst_49) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_49, :dst_49, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_49_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_49,:txn_id_49}'::int4[])::bigint[], ('{:src_acct_49,:dst_acct_49}'::int2[])::bigint[], ('{:src_49,:dst_49}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_49) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_49) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_49, :dst_acct_49);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_50, :dst_50) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_50, :dst_50, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_50_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_50,:txn_id_50}'::int4[])::bigint[], ('{:src_acct_50,:dst_acct_50}'::int2[])::bigint[], ('{:src_50,:dst_50}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_50) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_50) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_50, :dst_acct_50);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_51, :dst_51) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_51, :dst_51, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_51_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_51,:txn_id_51}'::int4[])::bigint[], ('{:src_acct_51,:dst_acct_51}'::int2[])::bigint[], ('{:src_51,:dst_51}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_51) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_51) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_51, :dst_acct_51);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_52, :dst_52) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_52, :dst_52, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_52_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_52,:txn_id_52}'::int4[])::bigint[], ('{:src_acct_52,:dst_acct_52}'::int2[])::bigint[], ('{:src_52,:dst_52}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_52) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_52) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_52, :dst_acct_52);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_53, :dst_53) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_53, :dst_53, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_53_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_53,:txn_id_53}'::int4[])::bigint[], ('{:src_acct_53,:dst_acct_53}'::int2[])::bigint[], ('{:src_53,:dst_53}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_53) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_53) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_53, :dst_acct_53);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_54, :dst_54) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_54, :dst_54, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_54_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_54,:txn_id_54}'::int4[])::bigint[], ('{:src_acct_54,:dst_acct_54}'::int2[])::bigint[], ('{:src_54,:dst_54}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_54) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_54) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_54, :dst_acct_54);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_55, :dst_55) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_55, :dst_55, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_55_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_55,:txn_id_55}'::int4[])::bigint[], ('{:src_acct_55,:dst_acct_55}'::int2[])::bigint[], ('{:src_55,:dst_55}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_55) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_55) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_55, :dst_acct_55);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_56, :dst_56) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_56, :dst_56, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_56_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_56,:txn_id_56}'::int4[])::bigint[], ('{:src_acct_56,:dst_acct_56}'::int2[])::bigint[], ('{:src_56,:dst_56}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_56) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_56) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_56, :dst_acct_56);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_57, :dst_57) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_57, :dst_57, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_57_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_57,:txn_id_57}'::int4[])::bigint[], ('{:src_acct_57,:dst_acct_57}'::int2[])::bigint[], ('{:src_57,:dst_57}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_57) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_57) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_57, :dst_acct_57);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_58, :dst_58) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_58, :dst_58, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_58_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_58,:txn_id_58}'::int4[])::bigint[], ('{:src_acct_58,:dst_acct_58}'::int2[])::bigint[], ('{:src_58,:dst_58}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_58) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_58) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_58, :dst_acct_58);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_59, :dst_59) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_59, :dst_59, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_59_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_59,:txn_id_59}'::int4[])::bigint[], ('{:src_acct_59,:dst_acct_59}'::int2[])::bigint[], ('{:src_59,:dst_59}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_59) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_59) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_59, :dst_acct_59);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_60, :dst_60) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_60, :dst_60, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_60_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_60,:txn_id_60}'::int4[])::bigint[], ('{:src_acct_60,:dst_acct_60}'::int2[])::bigint[], ('{:src_60,:dst_60}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_60) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_60) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_60, :dst_acct_60);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_61, :dst_61) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_61, :dst_61, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_61_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_61,:txn_id_61}'::int4[])::bigint[], ('{:src_acct_61,:dst_acct_61}'::int2[])::bigint[], ('{:src_61,:dst_61}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_61) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_61) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_61, :dst_acct_61);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_62, :dst_62) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_62, :dst_62, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_62_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_62,:txn_id_62}'::int4[])::bigint[], ('{:src_acct_62,:dst_acct_62}'::int2[])::bigint[], ('{:src_62,:dst_62}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_62) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_62) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_62, :dst_acct_62);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_63, :dst_63) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_63, :dst_63, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_63_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_63,:txn_id_63}'::int4[])::bigint[], ('{:src_acct_63,:dst_acct_63}'::int2[])::bigint[], ('{:src_63,:dst_63}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_63) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_63) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_63, :dst_acct_63);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_64, :dst_64) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_64, :dst_64, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_64_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_64,:txn_id_64}'::int4[])::bigint[], ('{:src_acct_64,:dst_acct_64}'::int2[])::bigint[], ('{:src_64,:dst_64}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_64) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_64) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_64, :dst_acct_64);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_65, :dst_65) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_65, :dst_65, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_65_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_65,:txn_id_65}'::int4[])::bigint[], ('{:src_acct_65,:dst_acct_65}'::int2[])::bigint[], ('{:src_65,:dst_65}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_65) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_65) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_65, :dst_acct_65);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_66, :dst_66) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_66, :dst_66, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_66_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_66,:txn_id_66}'::int4[])::bigint[], ('{:src_acct_66,:dst_acct_66}'::int2[])::bigint[], ('{:src_66,:dst_66}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_66) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_66) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_66, :dst_acct_66);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_67, :dst_67) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_67, :dst_67, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_67_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_67,:txn_id_67}'::int4[])::bigint[], ('{:src_acct_67,:dst_acct_67}'::int2[])::bigint[], ('{:src_67,:dst_67}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_67) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_67) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_67, :dst_acct_67);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_68, :dst_68) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_68, :dst_68, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_68_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_68,:txn_id_68}'::int4[])::bigint[], ('{:src_acct_68,:dst_acct_68}'::int2[])::bigint[], ('{:src_68,:dst_68}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_68) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_68) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_68, :dst_acct_68);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_69, :dst_69) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_69, :dst_69, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_69_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_69,:txn_id_69}'::int4[])::bigint[], ('{:src_acct_69,:dst_acct_69}'::int2[])::bigint[], ('{:src_69,:dst_69}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_69) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_69) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_69, :dst_acct_69);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_70, :dst_70) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_70, :dst_70, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_70_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_70,:txn_id_70}'::int4[])::bigint[], ('{:src_acct_70,:dst_acct_70}'::int2[])::bigint[], ('{:src_70,:dst_70}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_70) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_70) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_70, :dst_acct_70);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_71, :dst_71) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_71, :dst_71, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_71_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_71,:txn_id_71}'::int4[])::bigint[], ('{:src_acct_71,:dst_acct_71}'::int2[])::bigint[], ('{:src_71,:dst_71}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_71) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_71) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_71, :dst_acct_71);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_72, :dst_72) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_72, :dst_72, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_72_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_72,:txn_id_72}'::int4[])::bigint[], ('{:src_acct_72,:dst_acct_72}'::int2[])::bigint[], ('{:src_72,:dst_72}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_72) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_72) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_72, :dst_acct_72);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_73, :dst_73) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_73, :dst_73, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_73_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_73,:txn_id_73}'::int4[])::bigint[], ('{:src_acct_73,:dst_acct_73}'::int2[])::bigint[], ('{:src_73,:dst_73}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_73) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_73) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_73, :dst_acct_73);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_74, :dst_74) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_74, :dst_74, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_74_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_74,:txn_id_74}'::int4[])::bigint[], ('{:src_acct_74,:dst_acct_74}'::int2[])::bigint[], ('{:src_74,:dst_74}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_74) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_74) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_74, :dst_acct_74);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_75, :dst_75) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_75, :dst_75, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_75_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_75,:txn_id_75}'::int4[])::bigint[], ('{:src_acct_75,:dst_acct_75}'::int2[])::bigint[], ('{:src_75,:dst_75}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_75) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_75) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_75, :dst_acct_75);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_76, :dst_76) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_76, :dst_76, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_76_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_76,:txn_id_76}'::int4[])::bigint[], ('{:src_acct_76,:dst_acct_76}'::int2[])::bigint[], ('{:src_76,:dst_76}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_76) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_76) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_76, :dst_acct_76);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_77, :dst_77) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_77, :dst_77, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_77_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_77,:txn_id_77}'::int4[])::bigint[], ('{:src_acct_77,:dst_acct_77}'::int2[])::bigint[], ('{:src_77,:dst_77}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_77) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_77) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_77, :dst_acct_77);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_78, :dst_78) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_78, :dst_78, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_78_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_78,:txn_id_78}'::int4[])::bigint[], ('{:src_acct_78,:dst_acct_78}'::int2[])::bigint[], ('{:src_78,:dst_78}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_78) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_78) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_78, :dst_acct_78);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_79, :dst_79) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_79, :dst_79, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_79_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_79,:txn_id_79}'::int4[])::bigint[], ('{:src_acct_79,:dst_acct_79}'::int2[])::bigint[], ('{:src_79,:dst_79}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_79) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_79) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_79, :dst_acct_79);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_80, :dst_80) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_80, :dst_80, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_80_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_80,:txn_id_80}'::int4[])::bigint[], ('{:src_acct_80,:dst_acct_80}'::int2[])::bigint[], ('{:src_80,:dst_80}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_80) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_80) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_80, :dst_acct_80);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_81, :dst_81) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_81, :dst_81, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_81_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_81,:txn_id_81}'::int4[])::bigint[], ('{:src_acct_81,:dst_acct_81}'::int2[])::bigint[], ('{:src_81,:dst_81}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_81) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_81) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_81, :dst_acct_81);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_82, :dst_82) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_82, :dst_82, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_82_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_82,:txn_id_82}'::int4[])::bigint[], ('{:src_acct_82,:dst_acct_82}'::int2[])::bigint[], ('{:src_82,:dst_82}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_82) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_82) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_82, :dst_acct_82);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_83, :dst_83) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_83, :dst_83, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_83_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_83,:txn_id_83}'::int4[])::bigint[], ('{:src_acct_83,:dst_acct_83}'::int2[])::bigint[], ('{:src_83,:dst_83}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_83) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_83) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_83, :dst_acct_83);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_84, :dst_84) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_84, :dst_84, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_84_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_84,:txn_id_84}'::int4[])::bigint[], ('{:src_acct_84,:dst_acct_84}'::int2[])::bigint[], ('{:src_84,:dst_84}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_84) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_84) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_84, :dst_acct_84);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_85, :dst_85) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_85, :dst_85, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_85_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_85,:txn_id_85}'::int4[])::bigint[], ('{:src_acct_85,:dst_acct_85}'::int2[])::bigint[], ('{:src_85,:dst_85}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_85) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_85) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_85, :dst_acct_85);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_86, :dst_86) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_86, :dst_86, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_86_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_86,:txn_id_86}'::int4[])::bigint[], ('{:src_acct_86,:dst_acct_86}'::int2[])::bigint[], ('{:src_86,:dst_86}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_86) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_86) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_86, :dst_acct_86);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_87, :dst_87) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_87, :dst_87, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_87_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_87,:txn_id_87}'::int4[])::bigint[], ('{:src_acct_87,:dst_acct_87}'::int2[])::bigint[], ('{:src_87,:dst_87}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_87) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_87) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_87, :dst_acct_87);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_88, :dst_88) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_88, :dst_88, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_88_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_88,:txn_id_88}'::int4[])::bigint[], ('{:src_acct_88,:dst_acct_88}'::int2[])::bigint[], ('{:src_88,:dst_88}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_88) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_88) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_88, :dst_acct_88);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_89, :dst_89) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_89, :dst_89, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_89_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_89,:txn_id_89}'::int4[])::bigint[], ('{:src_acct_89,:dst_acct_89}'::int2[])::bigint[], ('{:src_89,:dst_89}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_89) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_89) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_89, :dst_acct_89);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_90, :dst_90) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_90, :dst_90, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_90_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_90,:txn_id_90}'::int4[])::bigint[], ('{:src_acct_90,:dst_acct_90}'::int2[])::bigint[], ('{:src_90,:dst_90}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_90) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_90) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_90, :dst_acct_90);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_91, :dst_91) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_91, :dst_91, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_91_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_91,:txn_id_91}'::int4[])::bigint[], ('{:src_acct_91,:dst_acct_91}'::int2[])::bigint[], ('{:src_91,:dst_91}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_91) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_91) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_91, :dst_acct_91);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_92, :dst_92) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_92, :dst_92, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_92_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_92,:txn_id_92}'::int4[])::bigint[], ('{:src_acct_92,:dst_acct_92}'::int2[])::bigint[], ('{:src_92,:dst_92}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_92) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_92) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_92, :dst_acct_92);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_93, :dst_93) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_93, :dst_93, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_93_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_93,:txn_id_93}'::int4[])::bigint[], ('{:src_acct_93,:dst_acct_93}'::int2[])::bigint[], ('{:src_93,:dst_93}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_93) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_93) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_93, :dst_acct_93);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_94, :dst_94) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_94, :dst_94, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_94_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_94,:txn_id_94}'::int4[])::bigint[], ('{:src_acct_94,:dst_acct_94}'::int2[])::bigint[], ('{:src_94,:dst_94}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_94) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_94) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_94, :dst_acct_94);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_95, :dst_95) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_95, :dst_95, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_95_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_95,:txn_id_95}'::int4[])::bigint[], ('{:src_acct_95,:dst_acct_95}'::int2[])::bigint[], ('{:src_95,:dst_95}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_95) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_95) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_95, :dst_acct_95);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_96, :dst_96) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_96, :dst_96, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_96_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_96,:txn_id_96}'::int4[])::bigint[], ('{:src_acct_96,:dst_acct_96}'::int2[])::bigint[], ('{:src_96,:dst_96}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_96) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_96) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_96, :dst_acct_96);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_97, :dst_97) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_97, :dst_97, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_97_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_97,:txn_id_97}'::int4[])::bigint[], ('{:src_acct_97,:dst_acct_97}'::int2[])::bigint[], ('{:src_97,:dst_97}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_97) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_97) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_97, :dst_acct_97);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_98, :dst_98) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_98, :dst_98, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_98_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_98,:txn_id_98}'::int4[])::bigint[], ('{:src_acct_98,:dst_acct_98}'::int2[])::bigint[], ('{:src_98,:dst_98}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_98) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_98) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_98, :dst_acct_98);
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src_99, :dst_99) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src_99, :dst_99, NULL, '', '2026-11-23 21:12:33.888866+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_99_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id_99,:txn_id_99}'::int4[])::bigint[], ('{:src_acct_99,:dst_acct_99}'::int2[])::bigint[], ('{:src_99,:dst_99}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 21:12:33.888866+00:00","2026-11-23 21:12:33.888866+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE "ledger_account" SET "balance" = (CASE WHEN ("ledger_account"."id" = :src_acct_99) THEN 999999.99 WHEN ("ledger_account"."id" = :dst_acct_99) THEN 1000000.01 ELSE NULL END)::numeric(20, 2) WHERE "ledger_account"."id" IN (:src_acct_99, :dst_acct_99);
COMMIT;
