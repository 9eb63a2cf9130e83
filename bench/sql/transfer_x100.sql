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
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_0, :dst_0) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_0}'::int2[]::bigint[], '{:dst_0}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_0,:dst_acct_0}'::int2[]::bigint[], '{:src_0,:dst_0}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_0,:dst_acct_0}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_1, :dst_1) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_1}'::int2[]::bigint[], '{:dst_1}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_1,:dst_acct_1}'::int2[]::bigint[], '{:src_1,:dst_1}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_1,:dst_acct_1}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_2, :dst_2) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_2}'::int2[]::bigint[], '{:dst_2}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_2,:dst_acct_2}'::int2[]::bigint[], '{:src_2,:dst_2}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_2,:dst_acct_2}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_3, :dst_3) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_3}'::int2[]::bigint[], '{:dst_3}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_3,:dst_acct_3}'::int2[]::bigint[], '{:src_3,:dst_3}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_3,:dst_acct_3}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_4, :dst_4) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_4}'::int2[]::bigint[], '{:dst_4}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_4,:dst_acct_4}'::int2[]::bigint[], '{:src_4,:dst_4}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_4,:dst_acct_4}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_5, :dst_5) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_5}'::int2[]::bigint[], '{:dst_5}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_5,:dst_acct_5}'::int2[]::bigint[], '{:src_5,:dst_5}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_5,:dst_acct_5}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_6, :dst_6) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_6}'::int2[]::bigint[], '{:dst_6}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_6,:dst_acct_6}'::int2[]::bigint[], '{:src_6,:dst_6}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_6,:dst_acct_6}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_7, :dst_7) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_7}'::int2[]::bigint[], '{:dst_7}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_7,:dst_acct_7}'::int2[]::bigint[], '{:src_7,:dst_7}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_7,:dst_acct_7}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_8, :dst_8) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_8}'::int2[]::bigint[], '{:dst_8}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_8,:dst_acct_8}'::int2[]::bigint[], '{:src_8,:dst_8}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_8,:dst_acct_8}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_9, :dst_9) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_9}'::int2[]::bigint[], '{:dst_9}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_9,:dst_acct_9}'::int2[]::bigint[], '{:src_9,:dst_9}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_9,:dst_acct_9}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_10, :dst_10) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_10}'::int2[]::bigint[], '{:dst_10}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_10,:dst_acct_10}'::int2[]::bigint[], '{:src_10,:dst_10}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_10,:dst_acct_10}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_11, :dst_11) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_11}'::int2[]::bigint[], '{:dst_11}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_11,:dst_acct_11}'::int2[]::bigint[], '{:src_11,:dst_11}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_11,:dst_acct_11}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_12, :dst_12) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_12}'::int2[]::bigint[], '{:dst_12}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_12,:dst_acct_12}'::int2[]::bigint[], '{:src_12,:dst_12}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_12,:dst_acct_12}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_13, :dst_13) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_13}'::int2[]::bigint[], '{:dst_13}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_13,:dst_acct_13}'::int2[]::bigint[], '{:src_13,:dst_13}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_13,:dst_acct_13}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_14, :dst_14) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_14}'::int2[]::bigint[], '{:dst_14}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_14,:dst_acct_14}'::int2[]::bigint[], '{:src_14,:dst_14}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_14,:dst_acct_14}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_15, :dst_15) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_15}'::int2[]::bigint[], '{:dst_15}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_15,:dst_acct_15}'::int2[]::bigint[], '{:src_15,:dst_15}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_15,:dst_acct_15}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_16, :dst_16) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_16}'::int2[]::bigint[], '{:dst_16}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_16,:dst_acct_16}'::int2[]::bigint[], '{:src_16,:dst_16}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_16,:dst_acct_16}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_17, :dst_17) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_17}'::int2[]::bigint[], '{:dst_17}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_17,:dst_acct_17}'::int2[]::bigint[], '{:src_17,:dst_17}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_17,:dst_acct_17}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_18, :dst_18) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_18}'::int2[]::bigint[], '{:dst_18}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_18,:dst_acct_18}'::int2[]::bigint[], '{:src_18,:dst_18}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_18,:dst_acct_18}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_19, :dst_19) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_19}'::int2[]::bigint[], '{:dst_19}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_19,:dst_acct_19}'::int2[]::bigint[], '{:src_19,:dst_19}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_19,:dst_acct_19}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_20, :dst_20) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_20}'::int2[]::bigint[], '{:dst_20}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_20,:dst_acct_20}'::int2[]::bigint[], '{:src_20,:dst_20}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_20,:dst_acct_20}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_21, :dst_21) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_21}'::int2[]::bigint[], '{:dst_21}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_21,:dst_acct_21}'::int2[]::bigint[], '{:src_21,:dst_21}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_21,:dst_acct_21}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_22, :dst_22) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_22}'::int2[]::bigint[], '{:dst_22}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_22,:dst_acct_22}'::int2[]::bigint[], '{:src_22,:dst_22}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_22,:dst_acct_22}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_23, :dst_23) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_23}'::int2[]::bigint[], '{:dst_23}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_23,:dst_acct_23}'::int2[]::bigint[], '{:src_23,:dst_23}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_23,:dst_acct_23}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_24, :dst_24) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_24}'::int2[]::bigint[], '{:dst_24}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_24,:dst_acct_24}'::int2[]::bigint[], '{:src_24,:dst_24}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_24,:dst_acct_24}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_25, :dst_25) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_25}'::int2[]::bigint[], '{:dst_25}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_25,:dst_acct_25}'::int2[]::bigint[], '{:src_25,:dst_25}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_25,:dst_acct_25}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_26, :dst_26) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_26}'::int2[]::bigint[], '{:dst_26}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_26,:dst_acct_26}'::int2[]::bigint[], '{:src_26,:dst_26}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_26,:dst_acct_26}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_27, :dst_27) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_27}'::int2[]::bigint[], '{:dst_27}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_27,:dst_acct_27}'::int2[]::bigint[], '{:src_27,:dst_27}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_27,:dst_acct_27}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_28, :dst_28) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_28}'::int2[]::bigint[], '{:dst_28}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_28,:dst_acct_28}'::int2[]::bigint[], '{:src_28,:dst_28}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_28,:dst_acct_28}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_29, :dst_29) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_29}'::int2[]::bigint[], '{:dst_29}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_29,:dst_acct_29}'::int2[]::bigint[], '{:src_29,:dst_29}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_29,:dst_acct_29}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_30, :dst_30) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_30}'::int2[]::bigint[], '{:dst_30}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_30,:dst_acct_30}'::int2[]::bigint[], '{:src_30,:dst_30}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_30,:dst_acct_30}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_31, :dst_31) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_31}'::int2[]::bigint[], '{:dst_31}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_31,:dst_acct_31}'::int2[]::bigint[], '{:src_31,:dst_31}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_31,:dst_acct_31}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_32, :dst_32) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_32}'::int2[]::bigint[], '{:dst_32}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_32,:dst_acct_32}'::int2[]::bigint[], '{:src_32,:dst_32}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_32,:dst_acct_32}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_33, :dst_33) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_33}'::int2[]::bigint[], '{:dst_33}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_33,:dst_acct_33}'::int2[]::bigint[], '{:src_33,:dst_33}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_33,:dst_acct_33}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_34, :dst_34) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_34}'::int2[]::bigint[], '{:dst_34}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_34,:dst_acct_34}'::int2[]::bigint[], '{:src_34,:dst_34}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_34,:dst_acct_34}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_35, :dst_35) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_35}'::int2[]::bigint[], '{:dst_35}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_35,:dst_acct_35}'::int2[]::bigint[], '{:src_35,:dst_35}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_35,:dst_acct_35}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_36, :dst_36) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_36}'::int2[]::bigint[], '{:dst_36}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_36,:dst_acct_36}'::int2[]::bigint[], '{:src_36,:dst_36}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_36,:dst_acct_36}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_37, :dst_37) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_37}'::int2[]::bigint[], '{:dst_37}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_37,:dst_acct_37}'::int2[]::bigint[], '{:src_37,:dst_37}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_37,:dst_acct_37}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_38, :dst_38) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_38}'::int2[]::bigint[], '{:dst_38}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_38,:dst_acct_38}'::int2[]::bigint[], '{:src_38,:dst_38}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_38,:dst_acct_38}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_39, :dst_39) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_39}'::int2[]::bigint[], '{:dst_39}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_39,:dst_acct_39}'::int2[]::bigint[], '{:src_39,:dst_39}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_39,:dst_acct_39}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_40, :dst_40) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_40}'::int2[]::bigint[], '{:dst_40}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_40,:dst_acct_40}'::int2[]::bigint[], '{:src_40,:dst_40}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_40,:dst_acct_40}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_41, :dst_41) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_41}'::int2[]::bigint[], '{:dst_41}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_41,:dst_acct_41}'::int2[]::bigint[], '{:src_41,:dst_41}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_41,:dst_acct_41}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_42, :dst_42) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_42}'::int2[]::bigint[], '{:dst_42}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_42,:dst_acct_42}'::int2[]::bigint[], '{:src_42,:dst_42}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_42,:dst_acct_42}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_43, :dst_43) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_43}'::int2[]::bigint[], '{:dst_43}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_43,:dst_acct_43}'::int2[]::bigint[], '{:src_43,:dst_43}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_43,:dst_acct_43}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_44, :dst_44) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_44}'::int2[]::bigint[], '{:dst_44}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_44,:dst_acct_44}'::int2[]::bigint[], '{:src_44,:dst_44}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_44,:dst_acct_44}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_45, :dst_45) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_45}'::int2[]::bigint[], '{:dst_45}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_45,:dst_acct_45}'::int2[]::bigint[], '{:src_45,:dst_45}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_45,:dst_acct_45}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_46, :dst_46) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_46}'::int2[]::bigint[], '{:dst_46}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_46,:dst_acct_46}'::int2[]::bigint[], '{:src_46,:dst_46}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_46,:dst_acct_46}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_47, :dst_47) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_47}'::int2[]::bigint[], '{:dst_47}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_47,:dst_acct_47}'::int2[]::bigint[], '{:src_47,:dst_47}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_47,:dst_acct_47}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_48, :dst_48) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_48}'::int2[]::bigint[], '{:dst_48}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_48,:dst_acct_48}'::int2[]::bigint[], '{:src_48,:dst_48}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_48,:dst_acct_48}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_49, :dst_49) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_49}'::int2[]::bigint[], '{:dst_49}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_49,:dst_acct_49}'::int2[]::bigint[], '{:src_49,:dst_49}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_49,:dst_acct_49}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_50, :dst_50) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_50}'::int2[]::bigint[], '{:dst_50}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_50,:dst_acct_50}'::int2[]::bigint[], '{:src_50,:dst_50}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_50,:dst_acct_50}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_51, :dst_51) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_51}'::int2[]::bigint[], '{:dst_51}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_51,:dst_acct_51}'::int2[]::bigint[], '{:src_51,:dst_51}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_51,:dst_acct_51}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_52, :dst_52) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_52}'::int2[]::bigint[], '{:dst_52}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_52,:dst_acct_52}'::int2[]::bigint[], '{:src_52,:dst_52}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_52,:dst_acct_52}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_53, :dst_53) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_53}'::int2[]::bigint[], '{:dst_53}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_53,:dst_acct_53}'::int2[]::bigint[], '{:src_53,:dst_53}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_53,:dst_acct_53}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_54, :dst_54) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_54}'::int2[]::bigint[], '{:dst_54}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_54,:dst_acct_54}'::int2[]::bigint[], '{:src_54,:dst_54}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_54,:dst_acct_54}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_55, :dst_55) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_55}'::int2[]::bigint[], '{:dst_55}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_55,:dst_acct_55}'::int2[]::bigint[], '{:src_55,:dst_55}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_55,:dst_acct_55}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_56, :dst_56) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_56}'::int2[]::bigint[], '{:dst_56}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_56,:dst_acct_56}'::int2[]::bigint[], '{:src_56,:dst_56}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_56,:dst_acct_56}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_57, :dst_57) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_57}'::int2[]::bigint[], '{:dst_57}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_57,:dst_acct_57}'::int2[]::bigint[], '{:src_57,:dst_57}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_57,:dst_acct_57}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_58, :dst_58) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_58}'::int2[]::bigint[], '{:dst_58}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_58,:dst_acct_58}'::int2[]::bigint[], '{:src_58,:dst_58}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_58,:dst_acct_58}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_59, :dst_59) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_59}'::int2[]::bigint[], '{:dst_59}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_59,:dst_acct_59}'::int2[]::bigint[], '{:src_59,:dst_59}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_59,:dst_acct_59}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_60, :dst_60) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_60}'::int2[]::bigint[], '{:dst_60}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_60,:dst_acct_60}'::int2[]::bigint[], '{:src_60,:dst_60}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_60,:dst_acct_60}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_61, :dst_61) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_61}'::int2[]::bigint[], '{:dst_61}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_61,:dst_acct_61}'::int2[]::bigint[], '{:src_61,:dst_61}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_61,:dst_acct_61}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_62, :dst_62) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_62}'::int2[]::bigint[], '{:dst_62}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_62,:dst_acct_62}'::int2[]::bigint[], '{:src_62,:dst_62}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_62,:dst_acct_62}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_63, :dst_63) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_63}'::int2[]::bigint[], '{:dst_63}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_63,:dst_acct_63}'::int2[]::bigint[], '{:src_63,:dst_63}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_63,:dst_acct_63}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_64, :dst_64) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_64}'::int2[]::bigint[], '{:dst_64}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_64,:dst_acct_64}'::int2[]::bigint[], '{:src_64,:dst_64}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_64,:dst_acct_64}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_65, :dst_65) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_65}'::int2[]::bigint[], '{:dst_65}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_65,:dst_acct_65}'::int2[]::bigint[], '{:src_65,:dst_65}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_65,:dst_acct_65}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_66, :dst_66) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_66}'::int2[]::bigint[], '{:dst_66}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_66,:dst_acct_66}'::int2[]::bigint[], '{:src_66,:dst_66}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_66,:dst_acct_66}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_67, :dst_67) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_67}'::int2[]::bigint[], '{:dst_67}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_67,:dst_acct_67}'::int2[]::bigint[], '{:src_67,:dst_67}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_67,:dst_acct_67}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_68, :dst_68) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_68}'::int2[]::bigint[], '{:dst_68}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_68,:dst_acct_68}'::int2[]::bigint[], '{:src_68,:dst_68}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_68,:dst_acct_68}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_69, :dst_69) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_69}'::int2[]::bigint[], '{:dst_69}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_69,:dst_acct_69}'::int2[]::bigint[], '{:src_69,:dst_69}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_69,:dst_acct_69}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_70, :dst_70) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_70}'::int2[]::bigint[], '{:dst_70}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_70,:dst_acct_70}'::int2[]::bigint[], '{:src_70,:dst_70}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_70,:dst_acct_70}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_71, :dst_71) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_71}'::int2[]::bigint[], '{:dst_71}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_71,:dst_acct_71}'::int2[]::bigint[], '{:src_71,:dst_71}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_71,:dst_acct_71}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_72, :dst_72) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_72}'::int2[]::bigint[], '{:dst_72}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_72,:dst_acct_72}'::int2[]::bigint[], '{:src_72,:dst_72}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_72,:dst_acct_72}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_73, :dst_73) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_73}'::int2[]::bigint[], '{:dst_73}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_73,:dst_acct_73}'::int2[]::bigint[], '{:src_73,:dst_73}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_73,:dst_acct_73}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_74, :dst_74) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_74}'::int2[]::bigint[], '{:dst_74}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_74,:dst_acct_74}'::int2[]::bigint[], '{:src_74,:dst_74}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_74,:dst_acct_74}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_75, :dst_75) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_75}'::int2[]::bigint[], '{:dst_75}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_75,:dst_acct_75}'::int2[]::bigint[], '{:src_75,:dst_75}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_75,:dst_acct_75}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_76, :dst_76) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_76}'::int2[]::bigint[], '{:dst_76}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_76,:dst_acct_76}'::int2[]::bigint[], '{:src_76,:dst_76}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_76,:dst_acct_76}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_77, :dst_77) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_77}'::int2[]::bigint[], '{:dst_77}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_77,:dst_acct_77}'::int2[]::bigint[], '{:src_77,:dst_77}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_77,:dst_acct_77}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_78, :dst_78) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_78}'::int2[]::bigint[], '{:dst_78}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_78,:dst_acct_78}'::int2[]::bigint[], '{:src_78,:dst_78}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_78,:dst_acct_78}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_79, :dst_79) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_79}'::int2[]::bigint[], '{:dst_79}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_79,:dst_acct_79}'::int2[]::bigint[], '{:src_79,:dst_79}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_79,:dst_acct_79}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_80, :dst_80) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_80}'::int2[]::bigint[], '{:dst_80}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_80,:dst_acct_80}'::int2[]::bigint[], '{:src_80,:dst_80}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_80,:dst_acct_80}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_81, :dst_81) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_81}'::int2[]::bigint[], '{:dst_81}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_81,:dst_acct_81}'::int2[]::bigint[], '{:src_81,:dst_81}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_81,:dst_acct_81}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_82, :dst_82) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_82}'::int2[]::bigint[], '{:dst_82}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_82,:dst_acct_82}'::int2[]::bigint[], '{:src_82,:dst_82}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_82,:dst_acct_82}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_83, :dst_83) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_83}'::int2[]::bigint[], '{:dst_83}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_83,:dst_acct_83}'::int2[]::bigint[], '{:src_83,:dst_83}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_83,:dst_acct_83}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_84, :dst_84) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_84}'::int2[]::bigint[], '{:dst_84}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_84,:dst_acct_84}'::int2[]::bigint[], '{:src_84,:dst_84}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_84,:dst_acct_84}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_85, :dst_85) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_85}'::int2[]::bigint[], '{:dst_85}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_85,:dst_acct_85}'::int2[]::bigint[], '{:src_85,:dst_85}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_85,:dst_acct_85}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_86, :dst_86) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_86}'::int2[]::bigint[], '{:dst_86}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_86,:dst_acct_86}'::int2[]::bigint[], '{:src_86,:dst_86}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_86,:dst_acct_86}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_87, :dst_87) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_87}'::int2[]::bigint[], '{:dst_87}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_87,:dst_acct_87}'::int2[]::bigint[], '{:src_87,:dst_87}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_87,:dst_acct_87}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_88, :dst_88) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_88}'::int2[]::bigint[], '{:dst_88}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_88,:dst_acct_88}'::int2[]::bigint[], '{:src_88,:dst_88}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_88,:dst_acct_88}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_89, :dst_89) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_89}'::int2[]::bigint[], '{:dst_89}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_89,:dst_acct_89}'::int2[]::bigint[], '{:src_89,:dst_89}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_89,:dst_acct_89}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_90, :dst_90) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_90}'::int2[]::bigint[], '{:dst_90}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_90,:dst_acct_90}'::int2[]::bigint[], '{:src_90,:dst_90}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_90,:dst_acct_90}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_91, :dst_91) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_91}'::int2[]::bigint[], '{:dst_91}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_91,:dst_acct_91}'::int2[]::bigint[], '{:src_91,:dst_91}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_91,:dst_acct_91}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_92, :dst_92) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_92}'::int2[]::bigint[], '{:dst_92}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_92,:dst_acct_92}'::int2[]::bigint[], '{:src_92,:dst_92}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_92,:dst_acct_92}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_93, :dst_93) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_93}'::int2[]::bigint[], '{:dst_93}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_93,:dst_acct_93}'::int2[]::bigint[], '{:src_93,:dst_93}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_93,:dst_acct_93}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_94, :dst_94) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_94}'::int2[]::bigint[], '{:dst_94}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_94,:dst_acct_94}'::int2[]::bigint[], '{:src_94,:dst_94}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_94,:dst_acct_94}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_95, :dst_95) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_95}'::int2[]::bigint[], '{:dst_95}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_95,:dst_acct_95}'::int2[]::bigint[], '{:src_95,:dst_95}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_95,:dst_acct_95}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_96, :dst_96) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_96}'::int2[]::bigint[], '{:dst_96}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_96,:dst_acct_96}'::int2[]::bigint[], '{:src_96,:dst_96}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_96,:dst_acct_96}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_97, :dst_97) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_97}'::int2[]::bigint[], '{:dst_97}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_97,:dst_acct_97}'::int2[]::bigint[], '{:src_97,:dst_97}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_97,:dst_acct_97}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_98, :dst_98) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_98}'::int2[]::bigint[], '{:dst_98}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_98,:dst_acct_98}'::int2[]::bigint[], '{:src_98,:dst_98}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_98,:dst_acct_98}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_99, :dst_99) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer}'::varchar[], '{0.01}'::numeric[]::numeric[], '{:src_99}'::int2[]::bigint[], '{:dst_99}'::int2[]::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int2[]::bigint[], '{:src_acct_99,:dst_acct_99}'::int2[]::bigint[], '{:src_99,:dst_99}'::int2[]::bigint[],
                '{-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01}'::numeric[]::numeric[], '{"2026-11-24 00:00:43.947682+00:00","2026-11-24 00:00:43.947682+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_acct_99,:dst_acct_99}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
COMMIT;
