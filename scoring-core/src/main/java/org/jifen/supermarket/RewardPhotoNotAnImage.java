package org.jifen.supermarket;

import org.jifen.problem.UnsupportedType;

/** A PDF offered as an item's photo: the catalogue and the counter show the photo as a picture, which a PDF is not. */
public class RewardPhotoNotAnImage extends UnsupportedType {

    public RewardPhotoNotAnImage(String fileName) {
        super("文件「" + fileName + "」是 PDF，不是照片。物品照片要在积分超市的目录里显示，请上传 JPEG、PNG 或 WebP 照片。");
    }
}
